import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveFolder } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first (npm run test:e2e does)');
  const server = await serveFolder('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
