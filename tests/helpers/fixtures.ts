import type { Payload } from 'payload'

import { DEMO_ACCOUNTS, type AccountKey } from '@pilkada/shared'

/**
 * Seeded regions that many tests look up, by their Kemendagri code (shared/data/regions.csv):
 * Kota Bandung has a mayoral race with pairs, in the province of Jawa Barat.
 */
export const REGION_CODES = {
  jawaBarat: '32',
  kotaBandung: '32.73',
} as const

/** A demo account as the Local API's `user`, for access checks with `overrideAccess: false`. */
export const asEditor = async (local: Payload, account: Exclude<AccountKey, 'anonymous'>) => {
  const { docs } = await local.find({
    collection: 'users',
    where: { email: { equals: DEMO_ACCOUNTS[account].email } },
  })
  return { ...docs[0]!, collection: 'users' as const }
}

/**
 * A new pair of the Kota Bandung mayoral race, submitted for review by the Kota Bandung
 * contributor (through the contributor's own access). The caller deletes it.
 */
export const submitBandungPair = async (local: Payload, headName: string, ballotNumber: number) => {
  const { docs: regions } = await local.find({
    collection: 'regions',
    where: { code: { equals: REGION_CODES.kotaBandung } },
  })
  const { docs: races } = await local.find({
    collection: 'elections',
    where: { and: [{ region: { equals: regions[0]!.id } }, { office: { equals: 'wali_kota' } }] },
  })
  return local.create({
    collection: 'candidates',
    draft: true,
    data: {
      election: races[0]!.id,
      ballotNumber,
      headName,
      deputyName: 'Wakil Uji',
      nomination: 'independent',
      source: 'https://infopemilu.kpu.go.id/Pemilihan/Pasangan_calon',
      reviewState: 'submitted',
    } as never,
    overrideAccess: false,
    user: await asEditor(local, 'kpu.bandung'),
  })
}
