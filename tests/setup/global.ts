import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { ProvidedContext } from 'vitest'
import type { TestProject } from 'vitest/node'

// Plain ESM shared with `npm start`, so that tests run the hub the way users do.
import { ensureCmsBuilt, startCms, stopProcess, waitForHttp } from '../../scripts/lib.mjs'
import { previewHandler } from '../../scripts/siteRunner.mjs'
import {
  dropRunDatabases,
  freshDatabase,
  seedTemplate,
  suiteDatabaseKind,
} from '../helpers/database'
import { OWN_DATABASE_PROJECT } from '../projects.mjs'
import { buildTestSite } from './siteFixtures'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    templateDb: string
    workDir: string
    testSecret: string
    siteDist: string
    /** Where browser tests serve the built guide: the CMS takes reports from this origin. */
    siteUrl: string
    /** The built guide's draft preview route, as the build runner serves it to the CMS. */
    previewUrl: string
  }
}

/**
 * Seeds one database from the data files (as `npm start` does), builds the CMS, and serves it
 * with Next.js in production mode on a copy of that database. Test files that boot Payload
 * themselves start from their own copy. The database is the embedded SQLite file unless
 * DATABASE_URI names a MongoDB server (see helpers/database.ts).
 */
type Hub = Record<keyof ProvidedContext, string> & { stop: () => Promise<void> }

// Every project that needs the hub (cms, site, browser, live) names this setup; they share one.
const shared = globalThis as typeof globalThis & {
  pilkadaHub?: Promise<Hub>
  pilkadaUsers?: number
}

export default async function setup(project: TestProject) {
  shared.pilkadaHub ??= startHub()
  shared.pilkadaUsers = (shared.pilkadaUsers ?? 0) + 1
  const hub = await shared.pilkadaHub
  for (const key of [
    'cmsUrl',
    'siteDist',
    'siteUrl',
    'templateDb',
    'workDir',
    'testSecret',
    'previewUrl',
  ] as const)
    project.provide(key, hub[key])
  // Files that run beside others have a database of their own (tests/projects.mjs): they get no
  // shared server to change under another file.
  if (project.name === OWN_DATABASE_PROJECT) project.provide('cmsUrl', '')
  return async () => {
    shared.pilkadaUsers = (shared.pilkadaUsers ?? 1) - 1
    if (shared.pilkadaUsers === 0) await hub.stop()
  }
}

const startHub = async (): Promise<Hub> => {
  const workDir = mkdtempSync(path.join(tmpdir(), 'pilkada-tests-'))
  const secret = randomBytes(32).toString('hex')
  console.log(`[tests] database: ${suiteDatabaseKind()}`)
  // Seeding (minutes, unless cached) and building the CMS (minutes, unless built) side by side.
  const seeding = seedTemplate(workDir, secret)
  try {
    ensureCmsBuilt()
  } catch (error) {
    await seeding.catch(() => undefined)
    throw error
  }
  const templateDb = await seeding

  const serverDb = freshDatabase({ template: templateDb, workDir, secret })
  const port = 3100 + Math.floor(Math.random() * 800)
  const siteUrl = `http://127.0.0.1:${4400 + Math.floor(Math.random() * 500)}`
  // Drafts are previewed by the built guide's own pages, as the build runner of `npm start`
  // serves them: on this port once the guide is built.
  const previewPort = 4900 + Math.floor(Math.random() * 500)
  const previewSecret = randomBytes(24).toString('hex')
  const cms = startCms({
    port,
    env: {
      DATABASE_URI: serverDb,
      PAYLOAD_SECRET: secret,
      MEDIA_DIR: path.join(workDir, 'media'),
      // Every test file shares this server's one client address; tests/api/perimeter.test.ts
      // checks the rate limits on a server of its own.
      RATE_LIMIT: 'off',
      // Tests change content through their own Local API too: the cache of public reads checks
      // the content version on every request (tests/live/instances.test.ts checks the default).
      READ_CACHE_VERSION_CHECK_MS: '0',
      SITE_URL: siteUrl,
      SITE_PREVIEW_URL: `http://127.0.0.1:${previewPort}/draft-preview/`,
      SITE_REBUILD_SECRET: previewSecret,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const cmsUrl = `http://127.0.0.1:${port}`
  let siteDist: string
  let previewServer: Server
  let preview: ReturnType<typeof previewHandler>
  try {
    await waitForHttp(`${cmsUrl}/api/regions?limit=1`, 120_000, cms)
    siteDist = await buildTestSite(
      cmsUrl,
      workDir,
      process.env.DEMO_PASSWORD || 'pilkada-demo-2024',
      serverDb,
    )
    preview = previewHandler({ getDist: () => siteDist, secret: previewSecret })
    previewServer = createServer((request, response) => void preview(request, response))
    await new Promise<void>((resolve) => previewServer.listen(previewPort, '127.0.0.1', resolve))
  } catch (error) {
    // Vitest runs no teardown when setup fails: stop the CMS here, or the run never ends.
    await stopProcess(cms)
    throw error
  }

  return {
    cmsUrl,
    siteDist,
    siteUrl,
    previewUrl: `http://127.0.0.1:${previewPort}/draft-preview/`,
    templateDb,
    workDir,
    testSecret: secret,
    stop: async () => {
      previewServer.close()
      preview.close()
      await stopProcess(cms)
      await dropRunDatabases(workDir)
      rmSync(workDir, { recursive: true, force: true })
    },
  }
}
