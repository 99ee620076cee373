// `npx tsx bench/compare-engines.ts <commit>`: one baseline projection by the engine of <commit>
// against the working tree's, both bundled as the app ships them and timed in alternating batches
// (so that both see the same load on a shared machine). Prints the medians and their ratio.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median, microsPerCall } from './report';

type Model = typeof import('./model-entry');
const commit = process.argv[2];
if (!commit) throw new Error('usage: npx tsx bench/compare-engines.ts <commit>');
const tmp = resolve('node_modules/.tmp/compare-engines');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(`${tmp}/old`, { recursive: true });
execSync(`git archive ${commit} src bench | tar -x -C ${tmp}/old`);

async function bundle(entry: string, name: string): Promise<Model> {
  const outfile = `${tmp}/${name}.mjs`;
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', mainFields: ['module', 'main'], outfile, logLevel: 'warning', nodePaths: [resolve('node_modules')] });
  return (await import(pathToFileURL(outfile).href)) as Model;
}
const models = { before: await bundle(`${tmp}/old/bench/model-entry.ts`, 'before'), after: await bundle('bench/model-entry.ts', 'after') };
const raw = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as Record<string, unknown>;
const values = Object.fromEntries(Object.entries(models).map(([k, model]) => {
  // An older engine may read schema version 1 only; the baseline's content is the same.
  const parsed = model.parseScenario(raw).ok ? model.parseScenario(raw) : model.parseScenario({ ...raw, schemaVersion: 1 });
  if (!parsed.ok) throw new Error(`the baseline does not parse with the ${k} engine`);
  return [k, parsed.values];
})) as Record<keyof typeof models, Parameters<Model['project']>[0]>;
const run = (k: keyof typeof models) => () => models[k].project(values[k]);
for (let i = 0; i < 5000; i++) { run('before')(); run('after')(); }
const pairs: { before: number; after: number }[] = [];
for (let b = 0; b < 61; b++) pairs.push({ before: microsPerCall(run('before'), 1000, 1, 0), after: microsPerCall(run('after'), 1000, 1, 0) });
process.stdout.write(`${JSON.stringify({ commit, beforeMicros: median(pairs.map((p) => p.before)), afterMicros: median(pairs.map((p) => p.after)), ratio: median(pairs.map((p) => p.after / p.before)) })}\n`);
