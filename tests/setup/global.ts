import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

// Plain ESM shared with `npm start`, so that tests run the hub the way users do.
import { ensureCmsBuilt, pnpm, startCms, stopProcess, waitForHttp } from '../../scripts/lib.mjs'
import { copySqlite } from '../helpers/sqlite'
import { buildTestSite } from './siteFixtures'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    templateDb: string
    workDir: string
    testSecret: string
    siteDist: string
  }
}

/**
 * Seeds one embedded database from the data files (as `npm start` does), builds the CMS, and
 * serves it with Next.js in production mode on a copy of that database. Test files that boot
 * Payload themselves start from their own copy of the same seeded file.
 */
export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'pilkada-tests-'))
  const templateDb = path.join(workDir, 'seeded.db')
  const secret = randomBytes(32).toString('hex')
  pnpm(['--filter', '@pilkada/cms', 'run', 'seed'], {
    env: { DATABASE_URI: `file:${templateDb}`, PAYLOAD_SECRET: secret },
  })
  ensureCmsBuilt()

  const serverDb = path.join(workDir, 'server.db')
  copySqlite(templateDb, serverDb)
  const port = 3100 + Math.floor(Math.random() * 800)
  const cms = startCms({
    port,
    env: {
      DATABASE_URI: `file:${serverDb}`,
      PAYLOAD_SECRET: secret,
      MEDIA_DIR: path.join(workDir, 'media'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const cmsUrl = `http://127.0.0.1:${port}`
  let siteDist: string
  try {
    await waitForHttp(`${cmsUrl}/api/regions?limit=1`, 120_000, cms)
    siteDist = await buildTestSite(
      cmsUrl,
      workDir,
      process.env.DEMO_PASSWORD || 'pilkada-demo-2024',
    )
  } catch (error) {
    // Vitest runs no teardown when setup fails: stop the CMS here, or the run never ends.
    await stopProcess(cms)
    throw error
  }

  project.provide('cmsUrl', cmsUrl)
  project.provide('siteDist', siteDist)
  project.provide('templateDb', templateDb)
  project.provide('workDir', workDir)
  project.provide('testSecret', secret)

  return async () => {
    await stopProcess(cms)
    rmSync(workDir, { recursive: true, force: true })
  }
}
