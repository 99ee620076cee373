// Shared helpers of the benchmark scripts: timing, the machine, and BENCHMARKS.md sections.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** Median of a list. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Percentile by nearest rank (p in 0..100). */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/**
 * Microseconds per call: `batches` timed batches of `perBatch` calls after a warm-up; the
 * median batch is reported so one descheduled batch does not move the figure.
 */
export function microsPerCall(fn: () => unknown, perBatch: number, batches = 25, warmup = perBatch * 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push(((performance.now() - t) * 1000) / perBatch);
  }
  return median(samples);
}

/**
 * A fixed plain-JavaScript workload (float arithmetic over a small array), timed beside the
 * engine so that a budget can compare ratios, not absolute times, on a noisy or slower machine.
 */
export function calibrationMicros(): number {
  const a = new Float64Array(1024);
  let seed = 1;
  return microsPerCall(() => {
    let acc = 0;
    for (let i = 0; i < 1024; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      a[i] = seed / 2147483648;
      acc += a[i]! * a[(i * 7) & 1023]!;
    }
    return acc;
  }, 2000);
}

/** The machine, in one line. */
export function machine(): string {
  const c = cpus();
  return `${c[0]?.model.trim() ?? 'unknown CPU'}, ${c.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform} ${process.arch}`;
}

const FILE = 'BENCHMARKS.md';
const HEADER = `# Benchmarks

Every figure here was measured by a script in \`bench/\`; each section says the command, the
machine and the date. Run the commands again to refresh a section (each script rewrites only its
own section). Budgets that CI enforces are in \`test/unit/budgets.test.ts\`.
`;

/** Replaces (or appends) one section of BENCHMARKS.md, between markers named by `id`. */
export function writeSection(id: string, body: string): void {
  const start = `<!-- ${id}:start -->`;
  const end = `<!-- ${id}:end -->`;
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const block = `${start}\n${body.trim()}\n${end}`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  const next = i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, next);
}

/** Reads a number recorded in BENCHMARKS.md as `<!-- key: value -->`. */
export function recorded(key: string): number | null {
  if (!existsSync(FILE)) return null;
  const m = new RegExp(`<!-- ${key}: ([0-9.eE+-]+) -->`).exec(readFileSync(FILE, 'utf8'));
  return m ? Number(m[1]) : null;
}
