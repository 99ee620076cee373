import { Component, type ErrorInfo, type ReactNode } from 'react';
import './charts/charts.css';

interface Props {
  /** The chart's title, to say which one failed. */
  label: string;
  /** When it changes (a new projection), the chart is drawn again: a bug tied to one scenario clears with the next edit. */
  resetKey: unknown;
  children: ReactNode;
}
interface State { error: Error | null; key: unknown }

/**
 * A bug in one chart shows a short message in that chart's place; the cards, the other charts and
 * the tables stay on screen (the view's own boundary would take them all down).
 */
export class ChartBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[${this.props.label}] chart failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="chart-error">
        <strong>{`The chart “${this.props.label}” hit a bug.`}</strong>{' '}
        The other figures are not affected. Details: {this.state.error.message}
      </div>
    );
  }
}
