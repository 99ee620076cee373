import { SCHEMA_VERSION, type Problem } from './types';

/**
 * The one place where older scenario files are brought up to the current schema. Version 1 is
 * the first, so there is nothing to migrate yet; a newer file is refused, never guessed at.
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
        message: `is ${version}: this file was saved by a newer version of Trajectory, which reads schema version ${SCHEMA_VERSION} only. Open it in the newer app, or ask its author for a version ${SCHEMA_VERSION} file.`,
      },
    };
  }
  // Future: `if (version === 1) doc = fromV1(doc)` chains go here, one step per version.
  return { ok: true, doc };
}
