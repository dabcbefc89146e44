import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS } from '@pilkada/shared'

import { asEditor, REGION_CODES, submitBandungPair } from '../helpers/fixtures'
import { bootPayload } from '../helpers/payload'

const NOT_SUBMITTED = /belum diajukan untuk ditinjau/

/** The field errors of a refused save: the fields it names, with the message on each. */
const refusal = async (save: Promise<unknown>) => {
  try {
    await save
  } catch (error) {
    const { data } = error as { data?: { errors?: { message: string; path: string }[] } }
    return (data?.errors ?? []).map(({ message, path }) => ({ message, path }))
  }
  throw new Error('the save was not refused')
}

/**
 * Every publish follows a submission for review by someone else (the four-eyes rule), for
 * content and for the site settings alike, through the Local API with the editors' own access.
 */
describe('a publish follows a submission', () => {
  let local: Payload

  beforeAll(async () => {
    local = await bootPayload()
  })
  afterAll(async () => {
    await local?.destroy()
  })

  describe('of a candidate pair', () => {
    const created: string[] = []
    afterAll(async () => {
      for (const id of created) await local.delete({ collection: 'candidates', id })
    })

    it("should refuse a publisher who publishes a contributor's draft that was never submitted, on its review state, and leave it unpublished", async () => {
      const { docs: regions } = await local.find({
        collection: 'regions',
        where: { code: { equals: REGION_CODES.kotaBandung } },
      })
      const { docs: races } = await local.find({
        collection: 'elections',
        where: {
          and: [{ region: { equals: regions[0]!.id } }, { office: { equals: 'wali_kota' } }],
        },
      })
      const draft = await local.create({
        collection: 'candidates',
        draft: true,
        data: {
          election: races[0]!.id,
          ballotNumber: 81,
          headName: 'Calon Belum Diajukan',
          deputyName: 'Wakil Uji',
          nomination: 'independent',
          source: 'https://infopemilu.kpu.go.id/Pemilihan/Pasangan_calon',
        } as never,
        overrideAccess: false,
        user: await asEditor(local, 'kpu.bandung'),
      })
      created.push(String(draft.id))

      const refused = await refusal(
        local.update({
          collection: 'candidates',
          id: draft.id,
          data: { _status: 'published' },
          overrideAccess: false,
          user: await asEditor(local, 'kpu.jabar'),
        }),
      )
      expect(refused).toEqual([
        { path: 'reviewState', message: expect.stringMatching(NOT_SUBMITTED) },
      ])
      const live = await local.find({
        collection: 'candidates',
        where: { id: { equals: draft.id } },
      })
      expect(live.docs[0]?._status).toBe('draft')
    })

    it('should let the publisher publish the pair once its author submitted it', async () => {
      const pair = await submitBandungPair(local, 'Calon Sudah Diajukan', 82)
      created.push(String(pair.id))
      const published = await local.update({
        collection: 'candidates',
        id: pair.id,
        data: { _status: 'published' },
        overrideAccess: false,
        user: await asEditor(local, 'kpu.jabar'),
      })
      expect(published._status).toBe('published')
    })
  })

  // The steps build on each other, in order, on this file's own database.
  describe('of the site settings', () => {
    const settingsAs = async (account: 'kpu' | 'kpu.kontributor', data: Record<string, unknown>) =>
      local.updateGlobal({
        slug: 'site-settings',
        draft: true,
        data: data as never,
        overrideAccess: false,
        user: await asEditor(local, account),
      })
    const liveHours = async () =>
      (await local.findGlobal({ slug: 'site-settings', locale: 'id' })).votingHours

    it('should refuse a publisher who publishes settings that a contributor saved but never submitted', async () => {
      const before = await liveHours()
      await settingsAs('kpu.kontributor', { votingHours: '07.00–14.00 waktu setempat' })
      const refused = await refusal(
        local.updateGlobal({
          slug: 'site-settings',
          data: { _status: 'published' },
          overrideAccess: false,
          user: await asEditor(local, 'kpu'),
        }),
      )
      expect(refused).toEqual([
        { path: 'reviewState', message: expect.stringMatching(NOT_SUBMITTED) },
      ])
      expect(await liveHours()).toBe(before)
    })

    it('should record who submitted the settings for review, and when', async () => {
      const saved = await settingsAs('kpu.kontributor', { reviewState: 'submitted' })
      const contributor = await asEditor(local, 'kpu.kontributor')
      expect(saved.reviewState).toBe('submitted')
      expect(String((saved.submittedBy as { id?: unknown })?.id ?? saved.submittedBy)).toBe(
        String(contributor.id),
      )
      expect(Date.now() - Date.parse(String(saved.submittedAt))).toBeLessThan(60_000)
    })

    it('should let the publisher send the settings back with a note that the contributor reads', async () => {
      await settingsAs('kpu', {
        reviewState: 'changes_requested',
        reviewComment: 'Sebutkan PKPU yang mengatur perpanjangan jam.',
      })
      const seen = await local.findGlobal({
        slug: 'site-settings',
        draft: true,
        overrideAccess: false,
        user: await asEditor(local, 'kpu.kontributor'),
      })
      expect(seen.reviewState).toBe('changes_requested')
      expect(seen.reviewComment).toBe('Sebutkan PKPU yang mengatur perpanjangan jam.')
    })

    it('should refuse the publisher who publishes settings that were sent back', async () => {
      const refused = await refusal(
        local.updateGlobal({
          slug: 'site-settings',
          data: { _status: 'published' },
          overrideAccess: false,
          user: await asEditor(local, 'kpu'),
        }),
      )
      expect(refused).toEqual([
        { path: 'reviewState', message: expect.stringMatching(NOT_SUBMITTED) },
      ])
    })

    it('should publish the settings once resubmitted, and log each review step with its author', async () => {
      await settingsAs('kpu.kontributor', {
        votingSource: 'PKPU 2/2024 (hari pemungutan suara)\nPKPU 17/2024 pasal 9 (jam)',
        reviewState: 'submitted',
      })
      await local.updateGlobal({
        slug: 'site-settings',
        data: { _status: 'published' },
        overrideAccess: false,
        user: await asEditor(local, 'kpu'),
      })
      expect(await liveHours()).toBe('07.00–14.00 waktu setempat')
      const { docs } = await local.find({
        collection: 'audit-log',
        where: { targetCollection: { equals: 'site-settings' } },
        sort: 'createdAt',
        limit: 0,
      })
      expect(docs.map((entry) => [entry.action, entry.actorName])).toEqual([
        ['review_submit', DEMO_ACCOUNTS['kpu.kontributor'].name],
        ['review_request_changes', DEMO_ACCOUNTS.kpu.name],
        ['review_submit', DEMO_ACCOUNTS['kpu.kontributor'].name],
        ['publish', DEMO_ACCOUNTS.kpu.name],
      ])
    })
  })
})
