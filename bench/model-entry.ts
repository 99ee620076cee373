// What the benchmarks time, re-exported from one entry so that bench/bundled-model.ts can bundle
// it the way the app ships it (one module scope, no test-runner or tsx wrappers).
export { project } from '../src/model/engine';
export { parseCellEdit } from '../src/model/parse-edit';
export { parseScenario } from '../src/model/parse-scenario';
export { projectEdit } from '../src/model/project-edit';
export { runMonteCarlo } from '../src/model/monte-carlo';
export { typicalRanges } from '../src/model/uncertainty';
export { projectForecast } from '../src/model/forecast';
