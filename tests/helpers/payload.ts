import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

import { createConfig } from '@pilkada/cms/config'

import { copySqlite } from './sqlite'

/**
 * Boots Payload (the Local API, no HTTP) on a private copy of the seeded embedded database, or
 * on an empty one. Call `payload.destroy()` in afterAll.
 */
export const bootPayload = async ({ seeded = true } = {}): Promise<Payload> => {
  const file = path.join(inject('workDir'), `${randomUUID()}.db`)
  if (seeded) copySqlite(inject('templateDb'), file)
  const config = await createConfig(`file:${file}`)
  return getPayload({ config, key: file } as Parameters<typeof getPayload>[0])
}
