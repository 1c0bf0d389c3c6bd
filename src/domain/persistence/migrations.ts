/**
 * Migrations between published schema versions of the assessment file. MIGRATIONS[n] turns a version-n file
 * into a version-(n+1) file. Every published version keeps a sample under ./samples/ and a test that it
 * still opens; when SCHEMA_VERSION is raised, add the step here and a sample of the new version.
 *
 * Version 1 is the first published version, so there is nothing to migrate yet.
 */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};
