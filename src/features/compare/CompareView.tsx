export function CompareView() {
  return <p>Not built yet.</p>;
}
