import { createLocalReq, type Endpoint, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { DEMO_ACCOUNTS, type AccountKey } from '@pilkada/shared'

import { bootPayload } from '../helpers/payload'
import { asEditor, submitBandungPair } from '../helpers/fixtures'

type Account = Exclude<AccountKey, 'anonymous'>

/** Who is told what, in the admin and by e-mail, as documents move through review (issue 13). */

describe('notifications to editors', () => {
  let local: Payload
  const pairs: string[] = []

  const asUser = (account: Exclude<AccountKey, 'anonymous'>) => asEditor(local, account)

  /** The notifications each account holds, by account key, read as each account would. */
  const noticesOf = async (account: Account) =>
    (
      await local.find({
        collection: 'notifications',
        sort: '-createdAt',
        pagination: false,
        overrideAccess: false,
        user: await asUser(account),
      })
    ).docs

  const recipientsOf = async (message: string) => {
    const { docs } = await local.find({
      collection: 'notifications',
      where: { message: { contains: message } },
      pagination: false,
      depth: 1,
    })
    return docs.map((doc) => (doc.recipient as { email: string }).email).sort()
  }

  const submittedPair = async (headName: string, ballotNumber: number) => {
    const doc = await submitBandungPair(local, headName, ballotNumber)
    pairs.push(String(doc.id))
    return doc
  }

  beforeAll(async () => {
    local = await bootPayload()
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    await local.delete({ collection: 'notifications', where: { id: { exists: true } } })
  })
  afterAll(async () => {
    for (const id of pairs) await local.delete({ collection: 'candidates', id })
    await local?.destroy()
  })

  it('should tell only the publishers whose authority and scope cover a submitted pair', async () => {
    await submittedPair('Calon Diajukan', 81)
    expect(await recipientsOf('Calon Diajukan')).toEqual(
      [DEMO_ACCOUNTS.kpu.email, DEMO_ACCOUNTS['kpu.jabar'].email].sort(),
    )
  })

  it('should e-mail each publisher told of a submission', async () => {
    const sendEmail = vi.spyOn(local, 'sendEmail')
    await submittedPair('Calon Surel', 82)
    const sent = sendEmail.mock.calls.map(([message]) => (message as { to: string }).to).sort()
    expect(sent).toEqual([DEMO_ACCOUNTS.kpu.email, DEMO_ACCOUNTS['kpu.jabar'].email].sort())
  })

  it('should tell the contributor that their pair was sent back, with the note', async () => {
    const pair = await submittedPair('Calon Kembali', 83)
    await local.update({
      collection: 'candidates',
      id: pair.id,
      draft: true,
      data: { reviewState: 'changes_requested', reviewComment: 'Lampirkan SK penetapan.' },
      overrideAccess: false,
      user: await asUser('kpu.jabar'),
    })
    const [notice] = (await noticesOf('kpu.bandung')).filter((n) => n.kind === 'changes_requested')
    expect(notice?.message).toBe(
      `${DEMO_ACCOUNTS['kpu.jabar'].name} mengembalikan Pasangan calon “${pair.title}” untuk perbaikan. Catatan: Lampirkan SK penetapan.`,
    )
  })

  it('should tell the author when their pair is published', async () => {
    const pair = await submittedPair('Calon Terbit', 84)
    await local.update({
      collection: 'candidates',
      id: pair.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: await asUser('kpu.jabar'),
    })
    const [notice] = (await noticesOf('kpu.bandung')).filter((n) => n.kind === 'published')
    expect(notice?.message).toBe(
      `${DEMO_ACCOUNTS['kpu.jabar'].name} menerbitkan Pasangan calon “${pair.title}”, tulisan Anda.`,
    )
  })

  it("should not show an editor another editor's notifications", async () => {
    await submittedPair('Calon Rahasia', 85)
    const seen = (await noticesOf('bawaslu')).filter((n) => n.message.includes('Calon Rahasia'))
    expect(seen).toEqual([])
  })

  it('should tell the national KPU publishers of submitted site settings, then tell the contributor what became of them', async () => {
    const settingsAs = async (account: Account, data: Record<string, unknown>) =>
      local.updateGlobal({
        slug: 'site-settings',
        draft: true,
        data: data as never,
        overrideAccess: false,
        user: await asUser(account),
      })
    await settingsAs('kpu.kontributor', { reviewState: 'submitted' })
    // The settings are KPU's national ones: a regional publisher may not change them.
    expect(await recipientsOf('mengajukan Pengaturan situs untuk Anda tinjau')).toEqual([
      DEMO_ACCOUNTS.kpu.email,
    ])
    const [submitted] = (await noticesOf('kpu')).filter((n) => n.kind === 'submitted')
    expect(submitted?.message).toBe(
      `${DEMO_ACCOUNTS['kpu.kontributor'].name} mengajukan Pengaturan situs untuk Anda tinjau.`,
    )
    expect(submitted?.link).toBe('/admin/globals/site-settings')

    await settingsAs('kpu', {
      reviewState: 'changes_requested',
      reviewComment: 'Sebutkan PKPU yang mengatur jam.',
    })
    const [sentBack] = (await noticesOf('kpu.kontributor')).filter(
      (n) => n.kind === 'changes_requested',
    )
    expect(sentBack?.message).toBe(
      `${DEMO_ACCOUNTS.kpu.name} mengembalikan Pengaturan situs untuk perbaikan. Catatan: Sebutkan PKPU yang mengatur jam.`,
    )

    await settingsAs('kpu.kontributor', { reviewState: 'submitted' })
    await local.updateGlobal({
      slug: 'site-settings',
      data: { _status: 'published' },
      overrideAccess: false,
      user: await asUser('kpu'),
    })
    const [published] = (await noticesOf('kpu.kontributor')).filter((n) => n.kind === 'published')
    expect(published?.message).toBe(
      `${DEMO_ACCOUNTS.kpu.name} menerbitkan Pengaturan situs, tulisan Anda.`,
    )
  })

  it('should tell every publisher when a site build fails', async () => {
    process.env.SITE_REBUILD_SECRET = 'rahasia-uji'
    const endpoints = local.config.globals.find((global) => global.slug === 'site-build-status')!
      .endpoints as Endpoint[]
    const report = endpoints.find((endpoint) => endpoint.path === '/report')!
    const req = await createLocalReq({}, local)
    req.headers = new Headers({ 'x-rebuild-secret': 'rahasia-uji' })
    req.json = async () => ({
      status: 'failed',
      finishedAt: '2024-11-26T03:01:10.000Z',
      reason: 'Diterbitkan: Panduan jam pemungutan suara',
      error: 'GraphQL request timed out',
    })
    try {
      await report.handler(req)
    } finally {
      delete process.env.SITE_REBUILD_SECRET
    }
    const publishers = Object.values(DEMO_ACCOUNTS)
      .filter((account) => account.role === 'publisher')
      .map((account) => account.email)
      .sort()
    expect(
      await recipientsOf('Pembangunan situs gagal pada 26 November 2024 pukul 10.01 WIB'),
    ).toEqual(publishers)
  })
})
