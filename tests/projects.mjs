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

/** The vitest project of the OWN_DATABASE files; `npm test -- cms` runs it with `cms`. */
export const OWN_DATABASE_PROJECT = 'cms-own-database'

/**
 * The cms project's files that boot the CMS on a database of their own (helpers/payload.ts,
 * helpers/isolatedCms.ts, or a server they start) and never reach the shared one: they run two
 * at a time. The project's other files share the seeded CMS server, so they run one after the
 * other, after these: a pair that one of them publishes in a shared race must not show up in
 * another's exact list of that race. A new file shares the server unless it is named here, and a
 * file named here that reaches the shared server fails (setup/global.ts does not give it one).
 */
export const OWN_DATABASE = [
  'access/matrix.test.ts',
  'access/review.test.ts',
  'access/submission.test.ts',
  'access/workflow.test.ts',
  'api/cache.test.ts',
  'cms/generated.test.ts',
  'cms/graphqlCost.test.ts',
  'cms/notifications.test.ts',
  'cms/queryPresets.test.ts',
  'cms/seed.test.ts',
  'cms/startup.test.ts',
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
