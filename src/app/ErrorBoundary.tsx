import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props { label: string; children: ReactNode }
interface State { error: Error | null }

/**
 * A bug in one view shows a message for that view only; the scenario lives in the store, so the
 * rest of the app (grid, save) keeps working and nothing is lost.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[${this.props.label}] view failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="view-error">
        <h2>The {this.props.label} view hit a bug</h2>
        <p>Your scenario is safe: the other views still work and you can save it. Details: {this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>Try this view again</button>
      </div>
    );
  }
}
