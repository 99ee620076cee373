export function ScenariosView() {
  return <p>Not built yet.</p>;
}
