import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

import { createConfig } from '@pilkada/cms/config'

import { freshDatabase } from './database'

/**
 * Boots Payload (the Local API, no HTTP) on a private copy of the seeded database, or on an
 * empty one. Call `payload.destroy()` in afterAll.
 */
export const bootPayload = async ({ seeded = true } = {}): Promise<Payload> => {
  const uri = freshDatabase({
    template: inject('templateDb'),
    workDir: inject('workDir'),
    secret: inject('testSecret'),
    seeded,
  })
  const config = await createConfig(uri)
  return getPayload({ config, key: uri } as Parameters<typeof getPayload>[0])
}
