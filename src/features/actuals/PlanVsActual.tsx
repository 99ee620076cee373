export function PlanVsActual() { return <p>Plan vs actual comes with the forecast.</p>; }
