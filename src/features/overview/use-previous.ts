import { useState } from 'react';

/**
 * The value before the current one, kept across renders: the projection before the last edit,
 * so the panel can mark what that edit moved. null until the value first changes.
 */
export function usePrevious<T>(value: T): T | null {
  const [state, setState] = useState<{ value: T; before: T | null }>({ value, before: null });
  if (state.value !== value) {
    // Storing information from previous renders (React's documented pattern): React re-renders at once.
    setState({ value, before: state.value });
    return state.value;
  }
  return state.before;
}
