import { useEffect } from 'react';
import { Notices } from '../components/Notices';
import { UndoRedo, useUndoShortcuts } from '../components/UndoRedo';
import { AssumptionsView } from '../features/assumptions/AssumptionsView';
import { CompareView } from '../features/compare/CompareView';
import { DashboardView } from '../features/dashboard/DashboardView';
import { GuideView } from '../features/guide/GuideView';
import { OverviewView } from '../features/overview/OverviewView';
import { ScenariosView } from '../features/scenarios/ScenariosView';
import { DropZone } from '../features/scenarios/DropZone';
import { FileMenu } from '../features/scenarios/FileMenu';
import { RefusedDialog } from '../features/scenarios/RefusedDialog';
import { SensitivityView } from '../features/sensitivity/SensitivityView';
import { useStore } from '../state/store';
import { VIEWS, type ViewId } from '../state/ui-slice';
import { ErrorBoundary } from './ErrorBoundary';

function CurrentView({ view }: { view: ViewId }) {
  switch (view) {
    case 'model':
      return (
        <div className="model-layout">
          <ErrorBoundary label="Assumptions"><AssumptionsView /></ErrorBoundary>
          <aside className="model-aside"><ErrorBoundary label="Overview"><OverviewView /></ErrorBoundary></aside>
        </div>
      );
    case 'dashboard': return <ErrorBoundary label="Dashboard"><DashboardView /></ErrorBoundary>;
    case 'scenarios': return <ErrorBoundary label="Scenarios"><ScenariosView /></ErrorBoundary>;
    case 'compare': return <ErrorBoundary label="Compare"><CompareView /></ErrorBoundary>;
    case 'sensitivity': return <ErrorBoundary label="Sensitivity"><SensitivityView /></ErrorBoundary>;
    case 'guide': return <ErrorBoundary label="Guide"><GuideView /></ErrorBoundary>;
  }
}

export function App() {
  const name = useStore((s) => s.scenario.name);
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const theme = useStore((s) => s.theme);
  useEffect(() => { document.documentElement.dataset.theme = theme; }, [theme]);
  useUndoShortcuts();
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          <span className="brand">Trajectory</span>
          <span className="scenario-name">{name}</span>
        </h1>
        <FileMenu />
        <UndoRedo />
        <nav aria-label="Views" className="views">
          {VIEWS.map((v) => (
            <button key={v.id} type="button" className="view-tab" aria-current={v.id === view ? 'page' : undefined} onClick={() => setView(v.id)}>
              {v.label}
            </button>
          ))}
        </nav>
      </header>
      <Notices />
      <RefusedDialog />
      <DropZone />
      <main id="main">
        <CurrentView view={view} />
      </main>
    </div>
  );
}
