export function AssumptionsView() {
  return <p>Not built yet.</p>;
}
