export function GuideView() {
  return <p>Not built yet.</p>;
}
