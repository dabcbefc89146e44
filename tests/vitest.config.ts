import { createRequire } from 'node:module'

import { defineConfig } from 'vitest/config'

import { OWN_DATABASE, OWN_DATABASE_PROJECT, PROJECTS, UNIT } from './projects.mjs'

const require = createRequire(import.meta.url)

export default defineConfig({
  resolve: {
    // Payload's GraphQL package loads graphql's CommonJS build; code compiled by Vite must use
    // the same copy, or graphql refuses the schema as coming from "another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // One project after the other (groupOrder): `npm test -- unit` runs the unit tests alone,
    // in seconds, without the seeded CMS that the other projects share.
    projects: PROJECTS.flatMap(({ name, folders, hub }, order) => {
      const project = (test: { name: string; exclude?: string[] } & Record<string, unknown>) => ({
        extends: true as const,
        test: {
          globalSetup: hub ? ['./setup/global.ts'] : [],
          ...test,
          exclude: ['**/node_modules/**', ...(test.exclude ?? [])],
        },
      })
      const all = folders.map((folder) => `${folder}/**/*.test.ts`)
      // Unit test files share nothing: they run side by side, first. (Without a maxWorkers of
      // its own, the project inherits the root's single worker, and vitest runs a single-worker
      // project of group 0 after all the others.)
      if (name === 'unit')
        return [
          project({
            name,
            include: UNIT,
            fileParallelism: true,
            maxWorkers: 2,
            sequence: { groupOrder: 0 },
          }),
        ]
      if (name !== 'cms')
        return [project({ name, include: all, exclude: UNIT, sequence: { groupOrder: 2 * order } })]
      // The cms project's files load the CMS config (seconds each): in one worker, they share its
      // modules instead of loading them again (isolate: false). They restore what they change in
      // process.env. Those with a database of their own run two at a time (they mostly wait for
      // a server, so one core would be half idle); then those that share the seeded server, one
      // after the other (projects.mjs, OWN_DATABASE).
      return [
        project({
          name: OWN_DATABASE_PROJECT,
          include: OWN_DATABASE,
          fileParallelism: true,
          maxWorkers: 2,
          isolate: false,
          sequence: { groupOrder: 2 * order },
        }),
        project({
          name,
          include: all,
          exclude: [...UNIT, ...OWN_DATABASE],
          isolate: false,
          sequence: { groupOrder: 2 * order + 1 },
        }),
      ]
    }),
    // Two cores and a running CMS: one file at a time keeps timings and memory predictable.
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Local API instances in test files leave scheduled jobs to the CMS servers.
    // Demo accounts are seeded on a MongoDB test database too (the embedded one always has them).
    env: { NODE_ENV: 'test', PAYLOAD_JOBS_AUTORUN: 'false', SEED_DEMO_ACCOUNTS: '1' },
  },
})
