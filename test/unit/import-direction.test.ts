// The lint rules that keep imports flowing model -> workers -> state -> components -> features ->
// app, with no imports between features: each forbidden import is reported, each allowed one not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The no-restricted-imports messages for one import line written in `file`. */
async function refusals(file: string, spec: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${spec}';\nexport const y = x;\n`, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import direction (eslint.config.js)', () => {
  it.each([
    ['src/model/engine.ts', '../state/store'],
    ['src/model/engine.ts', '../workers/monte-carlo-client'],
    ['src/workers/monte-carlo-client.ts', '../state/store'],
    ['src/state/store.ts', '../components/Figure'],
    ['src/state/store.ts', '../features/dashboard/kpis'],
    ['src/components/Figure.tsx', '../features/dashboard/kpis'],
    ['src/components/charts/MrrChart.tsx', '../../features/dashboard/kpis'],
    ['src/components/charts/MrrChart.tsx', '../../app/App'],
    ['src/features/dashboard/KpiGrid.tsx', '../../app/App'],
    ['src/features/dashboard/KpiGrid.tsx', '../compare/kpi-format'],
    ['src/features/dashboard/KpiGrid.tsx', '../../features/compare/kpi-format'],
    ['src/cli/project.ts', '../state/store'],
  ])('%s may not import %s', async (file, spec) => {
    expect(await refusals(file, spec)).toHaveLength(1);
  });

  it.each([
    ['src/workers/monte-carlo-client.ts', '../model/engine'],
    ['src/state/store.ts', '../model/engine'],
    ['src/state/store.ts', '../workers/monte-carlo-client'],
    ['src/components/charts/MrrChart.tsx', '../../state/store'],
    ['src/components/charts/MrrChart.tsx', '../format'],
    ['src/features/dashboard/KpiGrid.tsx', './kpis'],
    ['src/features/dashboard/KpiGrid.tsx', '../../components/Figure'],
    ['src/app/App.tsx', '../features/dashboard/DashboardView'],
  ])('%s may import %s', async (file, spec) => {
    expect(await refusals(file, spec)).toEqual([]);
  });
});
