import { createRequire } from 'node:module'

import { defineConfig } from 'vitest/config'

import { PROJECTS, UNIT } from './projects.mjs'

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
    projects: PROJECTS.map(({ name, folders, hub }, order) => ({
      extends: true as const,
      test: {
        name,
        include: name === 'unit' ? UNIT : folders.map((folder) => `${folder}/**/*.test.ts`),
        exclude: ['**/node_modules/**', ...(name === 'unit' ? [] : UNIT)],
        globalSetup: hub ? ['./setup/global.ts'] : [],
        sequence: { groupOrder: order },
        // Unit test files share nothing: they run side by side. So do the cms project's, two at
        // a time: each changes a database of its own (or content of its own on the shared CMS),
        // and they mostly wait for a server, so one core would be half idle.
        fileParallelism: name === 'unit' || name === 'cms',
        ...(name === 'cms' ? { maxWorkers: 2 } : {}),
        // The cms project's files load the CMS config (seconds each): in one worker, they share
        // its modules instead of loading them again. They restore what they change in
        // process.env, and each boots Payload on a database of its own.
        isolate: name !== 'cms',
      },
    })),
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
