// The test projects, shared by vitest.config.ts and `npm test` (scripts/hub.mjs), which prints
// the time each one took.

/**
 * Tests of plain code and files: no database, no server, no build, and nothing that loads the
 * CMS config (cms/generated.test.ts does, for seconds: it runs with the cms project).
 */
export const UNIT = [
  'site/lib.test.ts',
  'site/regionSearch.test.ts',
  'ci/workflows.test.ts',
  'api/contract.test.ts',
  'access/readme.test.ts',
]

/** In the order they run; `hub`: they share one seeded CMS and one built guide (setup/global.ts). */
export const PROJECTS = [
  { name: 'unit', folders: [], hub: false },
  { name: 'cms', folders: ['cms', 'access', 'api'], hub: true },
  { name: 'site', folders: ['site'], hub: true },
  { name: 'browser', folders: ['browser'], hub: true },
  { name: 'live', folders: ['live'], hub: true },
]

/** The project of a test file, by its path under tests/. */
export const projectOf = (file) =>
  UNIT.includes(file)
    ? 'unit'
    : (PROJECTS.find((p) => p.folders.includes(file.split('/')[0]))?.name ?? 'unknown')
