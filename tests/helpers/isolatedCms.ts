import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

import { createConfig } from '@pilkada/cms/config'

import { startCms, stopProcess, waitForHttp } from '../../scripts/lib.mjs'
import { freshDatabase } from './database'
import { forgetLogins, freePort } from './http'

/**
 * A CMS of its own for a test file that changes a lot: the built Next.js server on a fresh copy
 * of the seeded database, and a Local API instance on the same file for setting up and checking
 * what the server did (the Local API bypasses access control unless told otherwise).
 */
export const startIsolatedCms = async (env: Record<string, string> = {}) => {
  const database = freshDatabase({
    template: inject('templateDb'),
    workDir: inject('workDir'),
    secret: inject('testSecret'),
  })
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const startServer = async () => {
    const child = startCms({
      port,
      env: {
        DATABASE_URI: database,
        PAYLOAD_SECRET: inject('testSecret'),
        MEDIA_DIR: path.join(inject('workDir'), 'media'),
        PAYLOAD_JOBS_AUTORUN: 'true',
        // One client address sends every request of a test file: rate limits only when asked.
        RATE_LIMIT: 'off',
        // Tests change content through their own Local API too: the cache of public reads checks
        // the content version on every request (tests/live/instances.test.ts checks the default).
        READ_CACHE_VERSION_CHECK_MS: '0',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    await waitForHttp(`${url}/api/regions?limit=1`, 120_000, child)
    return child
  }
  let child = await startServer()
  const config = await createConfig(database)
  const local: Payload = await getPayload({ config, key: database } as Parameters<
    typeof getPayload
  >[0])
  return {
    url,
    port,
    local,
    /** Stops the server only (the database stays), as when the CMS goes down. */
    stopServer: () => stopProcess(child),
    restartServer: async () => {
      child = await startServer()
    },
    stop: async () => {
      forgetLogins(url)
      await local.destroy()
      await stopProcess(child)
    },
  }
}
