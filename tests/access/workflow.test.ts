import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS, type AccountKey } from '@pilkada/shared'

import { DEMO_PASSWORD, graphql, login, rest } from '../helpers/http'
import { startIsolatedCms } from '../helpers/isolatedCms'

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

  beforeAll(async () => {
    cms = await startIsolatedCms()
    local = cms.local
    ids.bandungRace = await raceOf('32.73', 'wali_kota')
    ids.semarangRace = await raceOf('33.74', 'wali_kota')
    ids.jabarRace = await raceOf('32', 'gubernur')
    ids.bawasluGuide = await guideId('lapor-pelanggaran')
    ids.kpuGuide = await guideId('jam-pemungutan-suara')
  })
  afterAll(async () => {
    await cms?.stop()
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
      submittedForReview: true,
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
    await call('kpu.kontributor', 'PATCH', `/guides/${id}?draft=true`, { summary: text })
    const publisher = await user('kpu')
    // What the admin's "schedule publish" does, as the publisher.
    await local.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'guides', value: id },
        user: { relationTo: 'users', value: publisher.id },
      },
      waitUntil: new Date(Date.now() + 4000),
    } as never)
    const live = async () =>
      (await rest('GET', `/guides/${id}?depth=0`, { base: cms.url })).body.summary
    expect(await live()).not.toBe(text)
    const deadline = Date.now() + 40_000
    while ((await live()) !== text && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 500))
    expect(await live()).toBe(text)
    const audit = await local.find({ collection: 'audit-log', where: { targetId: { equals: id } } })
    expect(audit.docs.map((d) => [d.action, d.actorEmail])).toEqual([
      ['publish', DEMO_ACCOUNTS.kpu.email],
    ])
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
