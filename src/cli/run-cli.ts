// Runs the headless entry as a user runs it: a real process from the repository root (tests only).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
export const seed = join(root, 'scenarios', 'crm-baseline.json');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A month of the `--json` output: every monthly figure, and customers by plan. */
export type Month = Record<string, unknown> & { customersByPlan: Record<string, number> };

/** The `--json` output (MODEL.md, "Headless output"), as the tests read it. */
export interface Output {
  months: Month[];
  years: Record<string, unknown>[];
  targets: Record<string, unknown>[];
  summary: Record<string, unknown>;
}

/** Runs `tsx src/cli/project.ts ...args` from the repository root. */
export function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['src/cli/project.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
