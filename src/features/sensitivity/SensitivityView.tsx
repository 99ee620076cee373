export function SensitivityView() {
  return <p>Not built yet.</p>;
}
