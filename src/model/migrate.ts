import { SCHEMA_VERSION, type Problem } from './types';

/**
 * The one place where older scenario files are brought up to the current schema (MODEL.md,
 * "Scenario file"): a version 1 file is read as a version 2 file without funding or actuals; a
 * newer file is refused, never guessed at.
 */
export function migrate(doc: Record<string, unknown>): { ok: true; doc: Record<string, unknown> } | { ok: false; problem: Problem } {
  const version = doc.schemaVersion;
  if (version === undefined) {
    return { ok: false, problem: { place: 'schemaVersion', path: ['schemaVersion'], message: `is missing: a scenario file starts with "schemaVersion": ${SCHEMA_VERSION}` } };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return {
      ok: false,
      problem: {
        place: 'schemaVersion',
        path: ['schemaVersion'],
        message: `is ${version}: this file was saved by a newer version of Trajectory, which reads schema versions 1 and ${SCHEMA_VERSION} only. Open it in the newer app, or ask its author for a version ${SCHEMA_VERSION} file.`,
      },
    };
  }
  if (version === 1) return { ok: true, doc: fromV1(doc) };
  return { ok: true, doc };
}

/**
 * Version 1 -> 2. Version 2 only adds fields. In a version 1 file `funding` and `actuals` were
 * unknown fields with no meaning, so they must not start moving the numbers: they are kept (a
 * file loses nothing) under names that version 2 ignores.
 */
function fromV1(doc: Record<string, unknown>): Record<string, unknown> {
  const { funding, actuals, ...rest } = doc;
  const next: Record<string, unknown> = { ...rest, schemaVersion: 2 };
  if (funding !== undefined) next.v1Funding = funding;
  if (actuals !== undefined) next.v1Actuals = actuals;
  return next;
}
