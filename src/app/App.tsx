import { OverviewView } from '../features/overview/OverviewView';
import { useStore } from '../state/store';
import { ErrorBoundary } from './ErrorBoundary';

export function App() {
  const name = useStore((s) => s.scenario.name);
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          <span className="brand">Trajectory</span>
          <span className="scenario-name">{name}</span>
        </h1>
      </header>
      <main>
        <ErrorBoundary label="Overview">
          <OverviewView />
        </ErrorBoundary>
      </main>
    </div>
  );
}
