export function DashboardView() {
  return <p>Not built yet.</p>;
}
