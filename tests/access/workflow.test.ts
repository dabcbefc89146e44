import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS, type AccountKey } from '@pilkada/shared'

import { callAdminServerFunction } from '../helpers/adminServerFunction'
import { DEMO_PASSWORD, graphql, login, rest } from '../helpers/http'
import { startIsolatedCms } from '../helpers/isolatedCms'
import { queueScheduledPublish } from '../helpers/schedule'
import { lexicalParagraph } from '../helpers/lexical'

/** The edges of the editorial workflow, through REST, GraphQL and the Local API. */
describe('the editorial workflow', () => {
  let cms: Awaited<ReturnType<typeof startIsolatedCms>>
  let local: Payload
  const ids: Record<string, string> = {}
  const as = (account: Exclude<AccountKey, 'anonymous'>) => login(account, cms.url)
  const call = async (
    account: Exclude<AccountKey, 'anonymous'>,
    method: string,
    path: string,
    body?: unknown,
  ) => rest(method, path, { token: await as(account), body, base: cms.url })
  const user = async (account: Exclude<AccountKey, 'anonymous'>) =>
    (
      await local.find({
        collection: 'users',
        where: { email: { equals: DEMO_ACCOUNTS[account].email } },
      })
    ).docs[0]!
  const raceOf = async (code: string, office: string) => {
    const { docs } = await local.find({ collection: 'regions', where: { code: { equals: code } } })
    const races = await local.find({
      collection: 'elections',
      where: { and: [{ region: { equals: docs[0]!.id } }, { office: { equals: office } }] },
    })
    return String(races.docs[0]!.id)
  }
  const guideId = async (slug: string) =>
    String(
      (await local.find({ collection: 'guides', where: { slug: { equals: slug } } })).docs[0]!.id,
    )
  const latest = async (collection: 'elections' | 'guides', id: string) =>
    local.findByID({ collection, id, draft: true, depth: 0 }) as unknown as Promise<
      Record<string, unknown>
    >

  // The site's rebuild runner, as the CMS sees it: every signal it gets.
  const signals: string[] = []
  /** Every request the runner got, answered or refused; it refuses the next `refuseNext`. */
  const attempts: string[] = []
  let refuseNext = 0
  let runner: Server
  const signalled = async (text: string, withinMs = 5000) => {
    const deadline = Date.now() + withinMs
    while (!signals.some((s) => s.includes(text)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100))
    return signals.some((s) => s.includes(text))
  }
  const editor = async (account: Exclude<AccountKey, 'anonymous'>) => ({
    ...(await user(account)),
    collection: 'users' as const,
  })
  let fresh = 0
  /** A published KPU guide with a pending draft written and submitted by the KPU contributor. */
  const guideWithDraft = async () => {
    const n = `${Date.now()}-${++fresh}`
    const doc = await local.create({
      collection: 'guides',
      data: {
        _status: 'published',
        title: `Panduan uji ${n}`,
        slug: `panduan-uji-${n}`,
        summary: 'Ringkasan terbit.',
        body: lexicalParagraph('Isi terbit.'),
        topic: 'general',
        authority: 'kpu',
        source: 'PKPU 17/2024',
      } as never,
    })
    await local.update({
      collection: 'guides',
      id: doc.id,
      draft: true,
      data: {
        summary: 'Ringkasan draf.',
        lastEditedBy: (await user('kpu.kontributor')).id,
        reviewState: 'submitted',
      } as never,
    })
    return String(doc.id)
  }
  const liveGuide = async (id: string) => rest('GET', `/guides/${id}?depth=0`, { base: cms.url })
  const pendingJobs = async (collection: string, id: string) =>
    (
      await local.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'schedulePublish' } },
        pagination: false,
      })
    ).docs.filter((job) => {
      const input = job.input as { doc?: { relationTo: string; value: unknown } }
      return input.doc?.relationTo === collection && String(input.doc.value) === id
    })

  beforeAll(async () => {
    runner = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        attempts.push(body)
        if (refuseNext > 0) {
          refuseNext -= 1
          response.statusCode = 503
          response.end('busy')
          return
        }
        signals.push(body)
        response.end('ok')
      })
    })
    await new Promise<void>((resolve) => runner.listen(0, '127.0.0.1', resolve))
    const port = (runner.address() as AddressInfo).port
    cms = await startIsolatedCms({ SITE_REBUILD_URL: `http://127.0.0.1:${port}/rebuild` })
    local = cms.local
    ids.bandungRace = await raceOf('32.73', 'wali_kota')
    ids.semarangRace = await raceOf('33.74', 'wali_kota')
    ids.jabarRace = await raceOf('32', 'gubernur')
    ids.bawasluGuide = await guideId('lapor-pelanggaran')
    ids.kpuGuide = await guideId('jam-pemungutan-suara')
  })
  afterAll(async () => {
    await cms?.stop()
    runner?.close()
  })

  it('should let the Jawa Barat publisher change a Kota Bandung race, and refuse a Jawa Tengah one', async () => {
    const bandung = await call('kpu.jabar', 'PATCH', `/elections/${ids.bandungRace}?draft=true`, {
      statusSource: 'Uji Jawa Barat',
    })
    expect(bandung.status).toBe(200)
    expect((await latest('elections', ids.bandungRace)).statusSource).toBe('Uji Jawa Barat')
    const semarang = await call('kpu.jabar', 'PATCH', `/elections/${ids.semarangRace}?draft=true`, {
      statusSource: 'Uji Jawa Tengah',
    })
    expect(semarang.status).toBe(403)
    expect((await latest('elections', ids.semarangRace)).statusSource ?? null).toBeNull()
  })

  it('should refuse the Kota Bandung contributor on the Jawa Barat governor race', async () => {
    const { status } = await call(
      'kpu.bandung',
      'PATCH',
      `/elections/${ids.jabarRace}?draft=true`,
      { statusSource: 'Uji Bandung' },
    )
    expect(status).toBe(403)
    expect((await latest('elections', ids.jabarRace)).statusSource ?? null).toBeNull()
  })

  it('should refuse a regional account that moves a record into a region it does not cover', async () => {
    const before = (await local.count({ collection: 'candidates' })).totalDocs
    const created = await call('kpu.bandung', 'POST', '/candidates?draft=true', {
      _status: 'draft',
      election: ids.semarangRace,
      ballotNumber: 30,
      headName: 'Uji',
      deputyName: 'Uji',
      nomination: 'independent',
      source: 'https://example.org',
    })
    expect(created.status).toBe(403)
    expect(created.body.errors[0].message).toBe('Wilayah isi ini berada di luar cakupan akun Anda.')
    expect((await local.count({ collection: 'candidates' })).totalDocs).toBe(before)
  })

  it("should refuse the KPU publisher on Bawaslu's guide", async () => {
    const { status } = await call('kpu', 'PATCH', `/guides/${ids.bawasluGuide}?draft=true`, {
      summary: 'Diubah KPU',
    })
    expect(status).toBe(403)
    expect((await latest('guides', ids.bawasluGuide)).summary).not.toBe('Diubah KPU')
  })

  it('should refuse a publisher who publishes their own change, and publish one written by someone else', async () => {
    const own = await call('kpu', 'PATCH', `/guides/${ids.kpuGuide}?draft=true`, {
      summary: 'Ditulis penerbit sendiri.',
    })
    expect(own.status).toBe(200)
    const publishOwn = await call('kpu', 'PATCH', `/guides/${ids.kpuGuide}`, {
      _status: 'published',
    })
    expect(publishOwn.status).toBe(403)
    expect(publishOwn.body.errors[0].message).toMatch(
      /^Anda tidak dapat menerbitkan perubahan yang Anda buat sendiri/,
    )
    const live = await local.findByID({ collection: 'guides', id: ids.kpuGuide, depth: 0 })
    expect(live.summary).toBe('TPS melayani pemilih pukul 07.00–13.00 waktu setempat.')

    await call('kpu.kontributor', 'PATCH', `/guides/${ids.kpuGuide}?draft=true`, {
      summary: 'Ditulis kontributor.',
      reviewState: 'submitted',
    })
    const sneaky = await call('kpu', 'PATCH', `/guides/${ids.kpuGuide}`, {
      _status: 'published',
      summary: 'Diubah saat terbit.',
    })
    expect(sneaky.status).toBe(403)
    const publish = await call('kpu', 'PATCH', `/guides/${ids.kpuGuide}`, { _status: 'published' })
    expect(publish.status).toBe(200)
    const after = await local.findByID({ collection: 'guides', id: ids.kpuGuide, depth: 0 })
    expect([
      after.summary,
      after._status,
      String(after.publishedBy),
      String(after.lastEditedBy),
    ]).toEqual([
      'Ditulis kontributor.',
      'published',
      String((await user('kpu')).id),
      String((await user('kpu.kontributor')).id),
    ])
    const audit = await local.find({
      collection: 'audit-log',
      where: { targetId: { equals: ids.kpuGuide } },
      sort: '-createdAt',
      limit: 1,
    })
    expect(audit.docs[0]).toMatchObject({
      action: 'publish',
      actorEmail: DEMO_ACCOUNTS.kpu.email,
      authority: 'kpu',
    })
    expect(audit.docs[0]!.versionId).toBeTruthy()
  })

  it('should refuse a contributor who sets the status to published, through REST, GraphQL and the Local API', async () => {
    const target = ids.kpuGuide
    const before = await local.findByID({ collection: 'guides', id: target, depth: 0 })
    await call('kpu.kontributor', 'PATCH', `/guides/${target}?draft=true`, {
      summary: 'Draf kontributor.',
    })

    const viaRest = await call('kpu.kontributor', 'PATCH', `/guides/${target}`, {
      _status: 'published',
    })
    expect(viaRest.status).toBe(403)
    const viaGraphQL = await graphql(
      `
        mutation ($id: String!) {
          updateGuide(id: $id, data: { _status: published }) {
            id
          }
        }
      `,
      { token: await as('kpu.kontributor'), variables: { id: target }, base: cms.url },
    )
    // Refused by access control, which also hides "Publish" from contributors in the admin.
    expect(viaGraphQL.errors?.[0]?.message).toBe('Anda tidak diizinkan melakukan tindakan ini.')
    const contributor = { ...(await user('kpu.kontributor')), collection: 'users' as const }
    await expect(
      local.update({
        collection: 'guides',
        id: target,
        data: { _status: 'published' },
        overrideAccess: false,
        user: contributor,
      }),
    ).rejects.toThrow()
    const after = await local.findByID({ collection: 'guides', id: target, depth: 0 })
    expect([after.summary, after.updatedAt]).toEqual([before.summary, before.updatedAt])
  })

  it('should refuse a contributor who unpublishes the site settings', async () => {
    const viaRest = await call('kpu.kontributor', 'POST', '/globals/site-settings', {
      _status: 'draft',
    })
    expect(viaRest.status).toBe(403)
    expect((await local.findGlobal({ slug: 'site-settings' }))._status).toBe('published')
  })

  it('should refuse anyone who raises their own role, or changes their own authority or scope', async () => {
    const contributor = await user('kpu.kontributor')
    for (const change of [
      { role: 'publisher' },
      { authority: 'bawaslu' },
      { scope: 'regional', regions: [] },
    ]) {
      const viaRest = await call('kpu.kontributor', 'PATCH', `/users/${contributor.id}`, change)
      expect(viaRest.status).toBe(403)
    }
    const viaGraphQL = await graphql(
      `
        mutation ($id: String!) {
          updateUser(id: $id, data: { role: publisher }) {
            role
          }
        }
      `,
      {
        token: await as('kpu.kontributor'),
        variables: { id: String(contributor.id) },
        base: cms.url,
      },
    )
    expect(viaGraphQL.errors?.[0]?.message).toBe(
      'Anda tidak dapat mengubah peran, lembaga atau cakupan akun Anda sendiri.',
    )
    const admin = await user('admin')
    const adminSelf = await call('admin', 'PATCH', `/users/${admin.id}`, { authority: 'kpu' })
    expect(adminSelf.status).toBe(403)
    const after = await user('kpu.kontributor')
    expect([after.role, after.authority, after.scope]).toEqual(['contributor', 'kpu', 'national'])
    // An editor still changes their own name.
    expect(
      (await call('kpu.kontributor', 'PATCH', `/users/${contributor.id}`, { name: 'Nama Baru' }))
        .status,
    ).toBe(200)
  })

  it('should let nobody edit or delete an audit entry, admins included', async () => {
    const entry = (await local.find({ collection: 'audit-log', limit: 1 })).docs[0]!
    for (const account of ['admin', 'kpu', 'bawaslu'] as const) {
      expect(
        (await call(account, 'PATCH', `/audit-log/${entry.id}`, { reason: 'diubah' })).status,
      ).toBe(403)
      expect((await call(account, 'DELETE', `/audit-log/${entry.id}`)).status).toBe(403)
      const viaGraphQL = await graphql(
        `
          mutation ($id: String!) {
            deleteAuditLog(id: $id) {
              id
            }
          }
        `,
        {
          token: await as(account),
          variables: { id: String(entry.id) },
          base: cms.url,
        },
      )
      expect(viaGraphQL.errors?.length).toBeGreaterThan(0)
    }
    const admin = { ...(await user('admin')), collection: 'users' as const }
    await expect(
      local.delete({ collection: 'audit-log', id: entry.id, overrideAccess: false, user: admin }),
    ).rejects.toThrow()
    expect(await local.findByID({ collection: 'audit-log', id: entry.id })).toMatchObject({
      reason: entry.reason ?? null,
    })
  })

  it('should revert to an earlier version only with a reason, and record it', async () => {
    const { docs: versions } = await local.findVersions({
      collection: 'guides',
      where: { parent: { equals: ids.kpuGuide } },
      sort: 'createdAt',
      limit: 1,
    })
    const first = versions[0]!
    const builtIn = await call('kpu', 'POST', `/guides/versions/${first.id}`)
    expect(builtIn.status).toBe(400)
    expect(builtIn.body.errors[0].message).toMatch(/^Memulihkan versi lama wajib disertai alasan/)
    const noReason = await call('kpu', 'POST', `/guides/${ids.kpuGuide}/revert`, {
      versionId: first.id,
      reason: '',
    })
    expect(noReason.status).toBe(400)
    const reason = 'Ringkasan yang terbit keliru; kembali ke teks awal.'
    const reverted = await call('kpu', 'POST', `/guides/${ids.kpuGuide}/revert`, {
      versionId: first.id,
      reason,
    })
    expect(reverted.status).toBe(200)
    expect(
      (await local.findByID({ collection: 'guides', id: ids.kpuGuide, depth: 0 })).summary,
    ).toBe('TPS melayani pemilih pukul 07.00–13.00 waktu setempat.')
    const audit = await local.find({
      collection: 'audit-log',
      where: { action: { equals: 'revert' } },
    })
    expect(audit.docs.map((d) => [d.targetId, d.versionId, d.reason, d.actorEmail])).toEqual([
      [ids.kpuGuide, String(first.id), reason, DEMO_ACCOUNTS.kpu.email],
    ])
  })

  it('should publish a scheduled change at its time, and record it in the audit log', async () => {
    const id = await guideId('cek-pendaftaran')
    const text = `Diumumkan pada waktunya ${Date.now()}.`
    await call('kpu.kontributor', 'PATCH', `/guides/${id}?draft=true`, {
      summary: text,
      reviewState: 'submitted',
    })
    const publisher = await user('kpu')
    // What the admin's "schedule publish" does, as the publisher.
    await queueScheduledPublish(local, id, publisher.id, new Date(Date.now() + 4000))
    const live = async () =>
      (await rest('GET', `/guides/${id}?depth=0`, { base: cms.url })).body.summary
    expect(await live()).not.toBe(text)
    const deadline = Date.now() + 40_000
    while ((await live()) !== text && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 500))
    expect(await live()).toBe(text)
    const audit = await local.find({
      collection: 'audit-log',
      where: { targetId: { equals: id } },
      sort: 'createdAt',
    })
    expect(audit.docs.map((d) => [d.action, d.actorEmail])).toEqual([
      ['review_submit', DEMO_ACCOUNTS['kpu.kontributor'].email],
      ['publish', DEMO_ACCOUNTS.kpu.email],
    ])
  })

  it("should keep a contributor's plain save of a published guide in its draft, through REST, GraphQL and the Local API", async () => {
    const id = await guideWithDraft()
    const viaRest = await call('kpu.kontributor', 'PATCH', `/guides/${id}`, {
      summary: 'Lewat REST.',
    })
    expect(viaRest.status).toBe(200)
    const viaGraphQL = await graphql(
      `
        mutation ($id: String!) {
          updateGuide(id: $id, data: { summary: "Lewat GraphQL." }) {
            id
          }
        }
      `,
      { token: await as('kpu.kontributor'), variables: { id }, base: cms.url },
    )
    expect(viaGraphQL.errors).toBeUndefined()
    await local.update({
      collection: 'guides',
      id,
      data: { summary: 'Lewat Local API.' },
      overrideAccess: false,
      user: await editor('kpu.kontributor'),
    })
    const live = await liveGuide(id)
    expect([live.status, live.body._status, live.body.summary]).toEqual([
      200,
      'published',
      'Ringkasan terbit.',
    ])
    expect((await latest('guides', id)).summary).toBe('Lewat Local API.')
    await local.delete({ collection: 'guides', id })
  })

  it('should refuse a contributor who unpublishes a guide with a plain save, and say what to do', async () => {
    const id = await guideWithDraft()
    const refused = await call('kpu.kontributor', 'PATCH', `/guides/${id}`, { _status: 'draft' })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(
      'Hanya penerbit yang dapat menerbitkan atau menarik terbitan. Simpan sebagai draf dan ajukan untuk ditinjau.',
    )
    expect((await liveGuide(id)).body._status).toBe('published')
    await local.delete({ collection: 'guides', id })
  })

  it('should audit and signal a rebuild when a publisher unpublishes a guide that has a pending draft', async () => {
    const id = await guideWithDraft()
    const unpublished = await call('kpu', 'PATCH', `/guides/${id}`, { _status: 'draft' })
    expect(unpublished.status).toBe(200)
    expect((await liveGuide(id)).status).toBe(404)
    const audit = await local.find({ collection: 'audit-log', where: { targetId: { equals: id } } })
    expect(audit.docs.map((d) => [d.action, d.actorEmail])).toContainEqual([
      'unpublish',
      DEMO_ACCOUNTS.kpu.email,
    ])
    expect(await signalled(`guides ${id}`)).toBe(true)
    await local.delete({ collection: 'guides', id })
  })

  it("should send the rebuild signal again, with a pause, until the site's runner takes it", async () => {
    const id = await guideWithDraft()
    refuseNext = 2
    const unpublished = await call('kpu', 'PATCH', `/guides/${id}`, { _status: 'draft' })
    expect(unpublished.status).toBe(200)
    expect(await signalled(`guides ${id}`, 20_000)).toBe(true)
    expect(attempts.filter((a) => a.includes(`guides ${id}`)).length).toBe(3)
    await local.delete({ collection: 'guides', id })
  })

  it('should refuse a publisher who changes the title while publishing', async () => {
    const id = await guideWithDraft()
    const before = (await liveGuide(id)).body.title
    const sneaky = await call('kpu', 'PATCH', `/guides/${id}`, {
      _status: 'published',
      title: 'Judul diubah saat terbit',
    })
    expect(sneaky.status).toBe(403)
    expect(sneaky.body.errors[0].message).toMatch(/Diubah saat menerbitkan: title\./)
    expect((await liveGuide(id)).body.title).toBe(before)
    await local.delete({ collection: 'guides', id })
  })

  it("should count a newly published pair on the live race, and leave the race's pending draft as it was", async () => {
    const raceId = await raceOf('32.01', 'bupati')
    const read = async () =>
      (
        await graphql(
          `
            query ($id: String!) {
              Election(id: $id) {
                title
                candidateCount
              }
            }
          `,
          { variables: { id: raceId }, base: cms.url },
        )
      ).data?.Election as null | { candidateCount: number; title: string }
    const before = await read()
    expect(before).not.toBeNull()
    await call('kpu.kontributor', 'PATCH', `/elections/${raceId}?draft=true`, {
      statusSource: 'Draf pemilihan yang menunggu tinjauan',
    })
    const pair = await call('kpu.kontributor', 'POST', '/candidates?draft=true', {
      _status: 'draft',
      election: raceId,
      ballotNumber: 9,
      headName: 'Calon Uji',
      deputyName: 'Wakil Uji',
      nomination: 'independent',
      status: 'confirmed',
      source: 'https://kpu.go.id/uji',
      reviewState: 'submitted',
    })
    expect(pair.status).toBe(201)
    const published = await call('kpu', 'PATCH', `/candidates/${pair.body.doc.id}`, {
      _status: 'published',
    })
    expect(published.status).toBe(200)
    expect(await read()).toEqual({ ...before, candidateCount: before!.candidateCount + 1 })
    const draft = await latest('elections', raceId)
    expect([draft._status, draft.statusSource]).toEqual([
      'draft',
      'Draf pemilihan yang menunggu tinjauan',
    ])
    await local.delete({ collection: 'candidates', id: pair.body.doc.id })
  })

  it("should refuse a ballot number that a published pair of the race holds, though that pair's draft changes it", async () => {
    const raceId = await raceOf('32.01', 'bupati')
    const pair = {
      election: raceId,
      nomination: 'independent',
      status: 'confirmed',
      source: 'https://kpu.go.id/uji',
    }
    const holder = await local.create({
      collection: 'candidates',
      data: {
        ...pair,
        _status: 'published',
        ballotNumber: 11,
        headName: 'Pemegang',
        deputyName: 'Nomor',
      } as never,
    })
    await local.update({
      collection: 'candidates',
      id: holder.id,
      draft: true,
      data: { ballotNumber: 12 },
    })
    const second = await call('kpu.kontributor', 'POST', '/candidates?draft=true', {
      ...pair,
      _status: 'draft',
      ballotNumber: 11,
      headName: 'Penantang',
      deputyName: 'Nomor',
    })
    expect(second.status).toBe(400)
    expect(JSON.stringify(second.body)).toContain(
      'Nomor urut 11 sudah dipakai pasangan Pemegang – Nomor dalam pemilihan ini.',
    )
    const { totalDocs } = await local.count({
      collection: 'candidates',
      where: { headName: { equals: 'Penantang' } },
    })
    expect(totalDocs).toBe(0)
    await local.delete({ collection: 'candidates', id: holder.id })
  })

  it('should refuse to delete an election that has candidate pairs, and say how many', async () => {
    const raceId = await raceOf('31', 'gubernur')
    const { totalDocs: pairs } = await local.count({
      collection: 'candidates',
      where: { election: { equals: raceId } },
    })
    expect(pairs).toBeGreaterThan(0)
    const refused = await call('kpu', 'DELETE', `/elections/${raceId}`)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe(
      `Pemilihan ini masih memiliki ${pairs} pasangan calon (terbit maupun draf). Hapus pasangan calonnya atau pindahkan ke pemilihan lain terlebih dahulu, lalu hapus pemilihan ini.`,
    )
    expect(
      await local.findByID({ collection: 'elections', id: raceId, disableErrors: true }),
    ).not.toBeNull()
  })

  it('should refuse a publisher who changes the site notice while publishing it', async () => {
    const refused = await call('kpu', 'POST', '/globals/site-settings', {
      _status: 'published',
      notice: {
        active: true,
        level: 'warning',
        message: 'Pengumuman tanpa tinjauan',
        source: 'KPU',
      },
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(
      /^Anda tidak dapat menerbitkan perubahan yang Anda buat sendiri.*Diubah saat menerbitkan: notice\./,
    )
    expect((await local.findGlobal({ slug: 'site-settings' })).notice?.active).toBe(false)
  })

  it("should publish a contributor's site notice by a publisher, and record it in the audit log", async () => {
    const notice = { active: true, level: 'info', message: 'Pengumuman uji', source: 'KPU RI' }
    const draft = await call('kpu.kontributor', 'POST', '/globals/site-settings?draft=true', {
      notice,
      reviewState: 'submitted',
    })
    expect(draft.status).toBe(200)
    const published = await call('kpu', 'POST', '/globals/site-settings', { _status: 'published' })
    expect(published.status).toBe(200)
    expect((await local.findGlobal({ slug: 'site-settings' })).notice?.message).toBe(notice.message)
    const audit = await local.find({
      collection: 'audit-log',
      where: { targetCollection: { equals: 'site-settings' } },
    })
    expect(
      audit.docs
        .map((d) => [d.action, d.actorEmail, d.authority])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['publish', DEMO_ACCOUNTS.kpu.email, 'kpu'],
      ['review_submit', DEMO_ACCOUNTS['kpu.kontributor'].email, 'kpu'],
    ])
    await local.updateGlobal({
      slug: 'site-settings',
      data: { _status: 'published', notice: { active: false } },
    })
  })

  it('should cancel a scheduled publish when the draft changes after it, and keep the unreviewed change off the site', async () => {
    const id = await guideWithDraft()
    const at = new Date(Date.now() + 5000)
    const scheduled = await callAdminServerFunction(cms.url, await as('kpu'), 'schedule-publish', {
      type: 'publish',
      doc: { relationTo: 'guides', value: id },
      date: at.toISOString(),
    })
    expect(scheduled.status).toBe(200)
    expect(await pendingJobs('guides', id)).toHaveLength(1)
    await call('kpu.kontributor', 'PATCH', `/guides/${id}?draft=true`, {
      summary: 'Perubahan yang belum ditinjau.',
    })
    // The job would have run by now (the queue is checked every 3 s).
    await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 7000))
    expect((await liveGuide(id)).body.summary).toBe('Ringkasan terbit.')
    const audit = await local.find({
      collection: 'audit-log',
      where: { and: [{ targetId: { equals: id } }, { action: { not_equals: 'publish' } }] },
    })
    expect(audit.docs.map((d) => [d.action, d.actorEmail])).toEqual([
      ['schedule_cancel', DEMO_ACCOUNTS['kpu.kontributor'].email],
    ])
    await local.delete({ collection: 'guides', id })
  })

  it("should refuse to schedule a KPU guide's publishing for anyone but KPU's national publishers, and queue nothing", async () => {
    const at = new Date(Date.now() + 3_600_000).toISOString()
    for (const account of [
      'bawaslu.kontributor',
      'bawaslu',
      'kpu.kontributor',
      'kpu.jabar',
    ] as const) {
      for (const type of ['publish', 'unpublish']) {
        const { text } = await callAdminServerFunction(
          cms.url,
          await as(account),
          'schedule-publish',
          {
            type,
            doc: { relationTo: 'guides', value: ids.kpuGuide },
            date: at,
          },
        )
        expect(text).toContain('Hanya penerbit lembaga pemilik isi ini')
      }
    }
    expect(await pendingJobs('guides', ids.kpuGuide!)).toEqual([])
  })

  it("should let nobody but KPU's publisher remove KPU's scheduled job", async () => {
    const at = new Date(Date.now() + 3_600_000).toISOString()
    await callAdminServerFunction(cms.url, await as('kpu'), 'schedule-publish', {
      type: 'unpublish',
      doc: { relationTo: 'guides', value: ids.kpuGuide },
      date: at,
    })
    const [job] = await pendingJobs('guides', ids.kpuGuide!)
    expect(job).toBeDefined()
    for (const account of ['bawaslu.kontributor', 'bawaslu', 'kpu.kontributor'] as const) {
      const { text } = await callAdminServerFunction(
        cms.url,
        await as(account),
        'schedule-publish',
        {
          deleteID: job!.id,
        },
      )
      expect(text).toContain('Hanya penerbit lembaga pemilik isi ini')
    }
    expect((await pendingJobs('guides', ids.kpuGuide!)).map((j) => j.id)).toEqual([job!.id])
    await callAdminServerFunction(cms.url, await as('kpu'), 'schedule-publish', {
      deleteID: job!.id,
    })
    expect(await pendingJobs('guides', ids.kpuGuide!)).toEqual([])
  })

  it('should let no editor run the job queue over REST', async () => {
    for (const account of ['kpu', 'bawaslu.kontributor'] as const) {
      expect((await call(account, 'GET', '/payload-jobs/run')).status).toBe(401)
    }
  })

  it('should lock an account after the configured number of failed logins', async () => {
    const email = DEMO_ACCOUNTS['bawaslu.kontributor'].email
    const attempts = Number(process.env.LOGIN_MAX_ATTEMPTS || 5)
    for (let i = 0; i < attempts; i++) {
      const wrong = await rest('POST', '/users/login', {
        body: { email, password: 'salah' },
        base: cms.url,
      })
      expect(wrong.status).toBe(401)
    }
    const right = await rest('POST', '/users/login', {
      body: { email, password: DEMO_PASSWORD },
      base: cms.url,
    })
    expect(right.status).toBe(401)
    expect(right.body.token).toBeUndefined()
  })

  it('should refuse many aliased logins in one GraphQL request, and log no one in', async () => {
    const email = DEMO_ACCOUNTS['bawaslu'].email
    const aliases = Array.from(
      { length: 20 },
      (_, i) =>
        `a${i}: loginUser(email: "${email}", password: "${i === 19 ? DEMO_PASSWORD : `tebakan-${i}`}") { token }`,
    )
    const { data, errors } = await graphql(`mutation { ${aliases.join('\n')} }`, { base: cms.url })
    expect(errors?.[0]?.message).toBe(
      'Satu permintaan GraphQL hanya boleh berisi satu login (loginUser).',
    )
    expect(data).toBeUndefined()
    const account = await user('bawaslu')
    expect(account.loginAttempts ?? 0).toBe(0)
  })
})
