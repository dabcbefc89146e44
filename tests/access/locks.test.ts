import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS, type AccountKey } from '@pilkada/shared'

import { login, rest } from '../helpers/http'

type Editor = Exclude<AccountKey, 'anonymous'>

const LOCKS = '/payload-locked-documents'

/** Document locks ("someone is editing this") over REST, as the admin's client sends them. */
describe('document locks', () => {
  const userIds: Partial<Record<Editor, string>> = {}
  let kpuGuide: string
  const made: string[] = []

  const userId = async (account: Editor) => {
    userIds[account] ??= (await rest('GET', '/users/me', { token: await login(account) })).body.user
      .id as string
    return userIds[account]!
  }
  const lockBody = async (owner: Editor) => ({
    document: { relationTo: 'guides', value: kpuGuide },
    user: { relationTo: 'users', value: await userId(owner) },
  })
  /** The locks on the KPU guide, as the admin sees them: [owner id] (each lock names its editor). */
  const locksOnGuide = async () =>
    (
      await rest(
        'GET',
        `${LOCKS}?where[document.relationTo][equals]=guides&where[document.value][equals]=${kpuGuide}&depth=0`,
        { token: await login('admin') },
      )
    ).body.docs.map((d: { user: { value: { id: string } } }) => d.user.value.id)
  const lockAs = async (account: Editor, owner: Editor = account) => {
    const answer = await rest('POST', LOCKS, {
      token: await login(account),
      body: await lockBody(owner),
    })
    if (answer.status === 201) made.push(answer.body.doc.id)
    return answer
  }

  beforeAll(async () => {
    const { body } = await rest('GET', '/guides?where[slug][equals]=jam-pemungutan-suara&depth=0')
    kpuGuide = body.docs[0].id
  })
  afterEach(async () => {
    const admin = await login('admin')
    for (const id of made.splice(0)) await rest('DELETE', `${LOCKS}/${id}`, { token: admin })
  })

  it("should refuse a lock made in another editor's name", async () => {
    const forged = await lockAs('kpu.kontributor', 'kpu')
    expect(forged.status).toBe(403)
    expect(forged.body.errors[0].message).toBe(
      'Kunci dokumen hanya dapat dibuat atas nama akun Anda sendiri.',
    )
    expect(await locksOnGuide()).toEqual([])
  })

  it('should refuse a lock on a document the editor may not change', async () => {
    const foreign = await lockAs('bawaslu.kontributor')
    expect(foreign.status).toBe(403)
    expect(foreign.body.errors[0].message).toBe(
      'Anda tidak dapat mengunci dokumen yang tidak boleh Anda ubah.',
    )
    expect(await locksOnGuide()).toEqual([])
  })

  it("should name a lock's editor and authority to a colleague, without the editor's e-mail", async () => {
    const lock = await lockAs('kpu')
    expect(lock.status).toBe(201)
    const { body } = await rest('GET', `${LOCKS}/${lock.body.doc.id}?depth=1`, {
      token: await login('kpu.kontributor'),
    })
    expect(body.user.value).toEqual({
      id: await userId('kpu'),
      name: DEMO_ACCOUNTS.kpu.name,
      email: `${DEMO_ACCOUNTS.kpu.name} (KPU)`,
    })
  })

  it("should refuse an editor who deletes another editor's lock", async () => {
    const lock = await lockAs('kpu')
    expect(lock.status).toBe(201)
    const deleted = await rest('DELETE', `${LOCKS}/${lock.body.doc.id}`, {
      token: await login('kpu.kontributor'),
    })
    expect(deleted.status).toBeGreaterThanOrEqual(400)
    expect(await locksOnGuide()).toEqual([await userId('kpu')])
  })

  it("should refuse an editor who takes over another editor's lock", async () => {
    const lock = await lockAs('kpu')
    const changed = await rest('PATCH', `${LOCKS}/${lock.body.doc.id}`, {
      token: await login('kpu.kontributor'),
      body: { user: { relationTo: 'users', value: await userId('kpu.kontributor') } },
    })
    expect(changed.status).toBe(403)
    expect(await locksOnGuide()).toEqual([await userId('kpu')])
  })

  it("should let an admin clear an editor's stale lock", async () => {
    const lock = await lockAs('kpu')
    const cleared = await rest('DELETE', `${LOCKS}/${lock.body.doc.id}`, {
      token: await login('admin'),
    })
    expect(cleared.status).toBe(200)
    expect(await locksOnGuide()).toEqual([])
  })
})
