import { lazy, Suspense, useEffect, useState } from 'react';
import { FiguresGate } from '../components/FiguresGate';
import { Notices } from '../components/Notices';
import { LockedBanner } from '../components/LockedBanner';
import { UndoRedo, useUndoShortcuts } from '../components/UndoRedo';
import { AssumptionsView } from '../features/assumptions/AssumptionsView';
import { ExportMenu } from '../features/export/ExportMenu';
import { PrintHost } from '../features/export/PrintHost';
import { PresentButton } from '../features/present/PresentButton';
import { PresentationHost } from '../features/present/PresentationHost';
import { ThemePicker } from '../features/present/ThemePicker';
import { DropZone } from '../features/scenarios/DropZone';
import { FileMenu } from '../features/scenarios/FileMenu';
import { introDismissed } from '../state/first-run';
import { useStore } from '../state/store';
import { VIEWS, type ViewId } from '../state/ui-slice';
import { ErrorBoundary } from './ErrorBoundary';

// Views other than the model load on first use, so the first screen's JavaScript stays small.
// The Model view's side panel draws visx charts: it follows the grid by a moment rather than
// putting the chart libraries on the first screen's critical path.
const OverviewView = lazy(() => import('../features/overview/OverviewView').then((m) => ({ default: m.OverviewView })));
const DashboardView = lazy(() => import('../features/dashboard/DashboardView').then((m) => ({ default: m.DashboardView })));
const ScenariosView = lazy(() => import('../features/scenarios/ScenariosView').then((m) => ({ default: m.ScenariosView })));
const CompareView = lazy(() => import('../features/compare/CompareView').then((m) => ({ default: m.CompareView })));
const SensitivityView = lazy(() => import('../features/sensitivity/SensitivityView').then((m) => ({ default: m.SensitivityView })));
const ActualsView = lazy(() => import('../features/actuals/ActualsView').then((m) => ({ default: m.ActualsView })));
const GuideView = lazy(() => import('../features/guide/GuideView').then((m) => ({ default: m.GuideView })));
// Shown to a first visit or after a refused file only: loaded then, not with every first screen.
const FirstRunIntro = lazy(() => import('../components/FirstRunIntro').then((m) => ({ default: m.FirstRunIntro })));
const RefusedDialog = lazy(() => import('../features/scenarios/RefusedDialog').then((m) => ({ default: m.RefusedDialog })));

function CurrentView({ view }: { view: ViewId }) {
  switch (view) {
    case 'model':
      return (
        <div className="model-layout">
          <ErrorBoundary label="Assumptions"><AssumptionsView /></ErrorBoundary>
          <aside className="model-aside"><ErrorBoundary label="Overview"><FiguresGate title="Unit economics" list={false}><Suspense fallback={<p className="view-loading" role="status">Loading…</p>}><OverviewView /></Suspense></FiguresGate></ErrorBoundary></aside>
        </div>
      );
    // Views of figures wait behind the gate while the scenario has none of its own.
    case 'dashboard': return <ErrorBoundary label="Dashboard"><FiguresGate title="Dashboard"><DashboardView /></FiguresGate></ErrorBoundary>;
    case 'scenarios': return <ErrorBoundary label="Scenarios"><ScenariosView /></ErrorBoundary>;
    case 'compare': return <ErrorBoundary label="Compare"><CompareView /></ErrorBoundary>;
    case 'sensitivity': return <ErrorBoundary label="Sensitivity"><FiguresGate title="Sensitivity"><SensitivityView /></FiguresGate></ErrorBoundary>;
    case 'guide': return <ErrorBoundary label="Guide"><GuideView /></ErrorBoundary>;
    case 'actuals': return <ErrorBoundary label="Actuals"><ActualsView /></ErrorBoundary>;
  }
}

export function App() {
  const name = useStore((s) => s.scenario.name);
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const theme = useStore((s) => s.theme);
  useEffect(() => { document.documentElement.dataset.theme = theme; }, [theme]);
  useUndoShortcuts();
  const [firstVisit] = useState(() => !introDismissed());
  const refused = useStore((s) => s.refused !== null);
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          <span className="brand">Trajectory</span>
          <span className="scenario-name" title={name}>{name}</span>
        </h1>
        <FileMenu />
        <UndoRedo />
        <ExportMenu />
        <PresentButton />
        <ThemePicker />
        <nav aria-label="Views" className="views">
          {VIEWS.map((v) => (
            <button key={v.id} type="button" className="view-tab" aria-current={v.id === view ? 'page' : undefined} onClick={() => setView(v.id)}>
              {v.label}
            </button>
          ))}
        </nav>
      </header>
      {firstVisit && <Suspense fallback={null}><FirstRunIntro /></Suspense>}
      <Notices />
      <LockedBanner />
      {refused && <Suspense fallback={null}><RefusedDialog /></Suspense>}
      <DropZone />
      <main id="main">
        <Suspense fallback={<p className="view-loading" role="status">Loading…</p>}>
          <CurrentView view={view} />
        </Suspense>
      </main>
      <PresentationHost />
      <PrintHost />
    </div>
  );
}
