/**
 * Migrations between published schema versions of the assessment file. MIGRATIONS[n] turns a version-n file
 * into a version-(n+1) file. Every published version keeps a sample under ./samples/ and a test that it
 * still opens; when SCHEMA_VERSION is raised, add the step here and a sample of the new version.
 */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /** v1 → v2: lawyer annotations and hand-added findings arrive (empty), and an optional campaign. */
  1: (f) => ({ ...f, schemaVersion: 2, annotations: {}, manualFindings: [] }),
  /**
   * v2 → v3: the assessment's date (`assessedAt`) is kept apart from the last save. A v2 file's report was
   * dated by its last save, so that is the best date it has.
   */
  2: (f) => ({ ...f, schemaVersion: 3, assessedAt: f.updatedAt }),
};
