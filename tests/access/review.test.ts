import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS, type AccountKey } from '@pilkada/shared'
import { SOURCE_REQUIRED_MESSAGE } from '@pilkada/shared/sources'

import { DEMO_PASSWORD, graphql, login, rest } from '../helpers/http'
import { startIsolatedCms } from '../helpers/isolatedCms'

type Account = Exclude<AccountKey, 'anonymous'>

/**
 * The review flow of a candidate pair, step by step as the Kota Bandung contributor and the
 * Jawa Barat publisher go through it, over REST (GraphQL and the Local API where the rule
 * could be dodged). The steps build on each other, in order.
 */
describe('the review flow', () => {
  let cms: Awaited<ReturnType<typeof startIsolatedCms>>
  let local: Payload
  let pairId = ''
  let outsiderId = ''
  const OUTSIDER = { email: 'kpu.jateng.uji@pilkada.test', name: 'Penerbit KPU Jawa Tengah (uji)' }
  const tokens: Record<string, string> = {}
  const tokenOf = async (account: Account | 'outsider') => {
    if (account !== 'outsider') return login(account, cms.url)
    if (!tokens.outsider) {
      const { body } = await rest('POST', '/users/login', {
        body: { email: OUTSIDER.email, password: DEMO_PASSWORD },
        base: cms.url,
      })
      tokens.outsider = body.token
    }
    return tokens.outsider!
  }
  const call = async (
    account: Account | 'outsider',
    method: string,
    path: string,
    body?: unknown,
  ) => rest(method, path, { token: await tokenOf(account), body, base: cms.url })
  const newest = async () =>
    (await local.findByID({
      collection: 'candidates',
      id: pairId,
      draft: true,
      depth: 0,
    })) as unknown as Record<string, unknown>
  const userId = async (account: Account) =>
    String(
      (
        await local.find({
          collection: 'users',
          where: { email: { equals: DEMO_ACCOUNTS[account].email } },
        })
      ).docs[0]!.id,
    )
  const fieldErrors = (body: { errors?: { data?: { errors?: unknown[] } }[] }) =>
    body.errors?.[0]?.data?.errors ?? []

  beforeAll(async () => {
    cms = await startIsolatedCms()
    local = cms.local
    const { docs: regions } = await local.find({
      collection: 'regions',
      where: { code: { in: ['32.73', '33'] } },
    })
    const bandung = regions.find((r) => r.code === '32.73')!
    const jateng = regions.find((r) => r.code === '33')!
    const { docs: races } = await local.find({
      collection: 'elections',
      where: { and: [{ region: { equals: bandung.id } }, { office: { equals: 'wali_kota' } }] },
    })
    outsiderId = String(
      (
        await local.create({
          collection: 'users',
          data: {
            ...OUTSIDER,
            password: DEMO_PASSWORD,
            role: 'publisher',
            authority: 'kpu',
            scope: 'regional',
            regions: [jateng.id],
          } as never,
        })
      ).id,
    )
    // A plain draft may stay incomplete: this one has no source yet.
    const created = await call('kpu.bandung', 'POST', '/candidates?draft=true', {
      election: races[0]!.id,
      ballotNumber: 97,
      headName: 'Uji Tinjauan',
      deputyName: 'Wakil Uji',
      nomination: 'independent',
    })
    expect(created.status).toBe(201)
    pairId = String(created.body.doc.id)
  })
  afterAll(async () => {
    if (pairId) await local.delete({ collection: 'candidates', id: pairId })
    if (outsiderId) await local.delete({ collection: 'users', id: outsiderId })
    await cms?.stop()
  })

  it('should refuse to submit a pair without a source, with the message on the source field, and change nothing', async () => {
    const before = await local.countVersions({
      collection: 'candidates',
      where: { parent: { equals: pairId } },
    })
    const { status, body } = await call(
      'kpu.bandung',
      'PATCH',
      `/candidates/${pairId}?draft=true`,
      {
        reviewState: 'submitted',
      },
    )
    expect(status).toBe(400)
    expect(fieldErrors(body)).toMatchObject([
      { path: 'source', message: SOURCE_REQUIRED_MESSAGE, label: 'Sumber' },
    ])
    expect((await newest()).reviewState).toBe('draft')
    const after = await local.countVersions({
      collection: 'candidates',
      where: { parent: { equals: pairId } },
    })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('should submit the pair once it is complete, naming who submitted it', async () => {
    const { status } = await call('kpu.bandung', 'PATCH', `/candidates/${pairId}?draft=true`, {
      source: 'https://infopemilu.kpu.go.id/Pemilihan/Pasangan_calon',
      reviewState: 'submitted',
    })
    expect(status).toBe(200)
    const doc = await newest()
    expect([doc.reviewState, String(doc.submittedBy), typeof doc.submittedAt]).toEqual([
      'submitted',
      await userId('kpu.bandung'),
      'string',
    ])
  })

  it('should refuse a contributor who sends the pair back, through REST, GraphQL and the Local API', async () => {
    const viaRest = await call('kpu.bandung', 'PATCH', `/candidates/${pairId}?draft=true`, {
      reviewState: 'changes_requested',
    })
    expect(viaRest.status).toBe(403)
    const viaGraphQL = await graphql(
      `
        mutation ($id: String!) {
          updateCandidate(id: $id, draft: true, data: { reviewState: changes_requested }) {
            id
          }
        }
      `,
      { token: await tokenOf('kpu.bandung'), variables: { id: pairId }, base: cms.url },
    )
    expect(viaGraphQL.errors?.[0]?.message).toMatch(/^Hanya penerbit yang dapat mengembalikan/)
    const contributor = await local.findByID({
      collection: 'users',
      id: await userId('kpu.bandung'),
    })
    await expect(
      local.update({
        collection: 'candidates',
        id: pairId,
        draft: true,
        data: { reviewState: 'changes_requested' },
        overrideAccess: false,
        user: { ...contributor, collection: 'users' },
      }),
    ).rejects.toThrow(/Hanya penerbit yang dapat mengembalikan/)
    expect((await newest()).reviewState).toBe('submitted')
  })

  it('should refuse a contributor who publishes the submitted pair', async () => {
    const { status } = await call('kpu.bandung', 'PATCH', `/candidates/${pairId}`, {
      _status: 'published',
    })
    expect(status).toBe(403)
    expect((await newest())._status).toBe('draft')
  })

  it('should refuse a publisher outside the region both sending back and publishing', async () => {
    const sendBack = await call('outsider', 'PATCH', `/candidates/${pairId}?draft=true`, {
      reviewState: 'changes_requested',
      reviewComment: 'Dari luar wilayah.',
    })
    const publish = await call('outsider', 'PATCH', `/candidates/${pairId}`, {
      _status: 'published',
    })
    expect([sendBack.status, publish.status]).toEqual([403, 403])
    expect((await newest()).reviewState).toBe('submitted')
  })

  it('should refuse to send the pair back without a note, saying so on the note field', async () => {
    const { status, body } = await call('kpu.jabar', 'PATCH', `/candidates/${pairId}?draft=true`, {
      reviewState: 'changes_requested',
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toMatchObject([
      {
        path: 'reviewComment',
        message:
          'Tulis catatan untuk kontributor: apa yang perlu diperbaiki sebelum diajukan lagi.',
      },
    ])
    expect((await newest()).reviewState).toBe('submitted')
  })

  it('should send the pair back with a note that the contributor reads', async () => {
    const { status } = await call('kpu.jabar', 'PATCH', `/candidates/${pairId}?draft=true`, {
      reviewState: 'changes_requested',
      reviewComment: 'Nama wakil belum sesuai SK KPU Kota Bandung.',
    })
    expect(status).toBe(200)
    const read = await call('kpu.bandung', 'GET', `/candidates/${pairId}?draft=true&depth=0`)
    expect([read.body.reviewState, read.body.reviewComment]).toEqual([
      'changes_requested',
      'Nama wakil belum sesuai SK KPU Kota Bandung.',
    ])
  })

  it('should make the pair a draft again when the contributor edits it after it was sent back', async () => {
    const { status } = await call('kpu.bandung', 'PATCH', `/candidates/${pairId}?draft=true`, {
      deputyName: 'Wakil Uji Diperbaiki',
    })
    expect(status).toBe(200)
    expect((await newest()).reviewState).toBe('draft')
  })

  it('should let the contributor submit the fixed pair again', async () => {
    const { status } = await call('kpu.bandung', 'PATCH', `/candidates/${pairId}?draft=true`, {
      reviewState: 'submitted',
    })
    expect(status).toBe(200)
    expect((await newest()).reviewState).toBe('submitted')
  })

  it('should publish the pair when the Jawa Barat publisher approves it', async () => {
    const { status } = await call('kpu.jabar', 'PATCH', `/candidates/${pairId}`, {
      _status: 'published',
    })
    expect(status).toBe(200)
    const live = await local.findByID({ collection: 'candidates', id: pairId, depth: 0 })
    expect([live._status, live.deputyName, live.reviewState]).toEqual([
      'published',
      'Wakil Uji Diperbaiki',
      'draft',
    ])
  })

  it('should have every step in the audit log, with the name of who took it', async () => {
    const { docs } = await local.find({
      collection: 'audit-log',
      where: { targetId: { equals: pairId } },
      sort: 'createdAt',
      pagination: false,
    })
    expect(docs.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['review_submit', DEMO_ACCOUNTS['kpu.bandung'].name],
      ['review_request_changes', DEMO_ACCOUNTS['kpu.jabar'].name],
      ['review_to_draft', DEMO_ACCOUNTS['kpu.bandung'].name],
      ['review_submit', DEMO_ACCOUNTS['kpu.bandung'].name],
      ['publish', DEMO_ACCOUNTS['kpu.jabar'].name],
    ])
    expect(docs[1]!.reason).toBe('Nama wakil belum sesuai SK KPU Kota Bandung.')
  })
})
