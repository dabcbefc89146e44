import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { DEMO_ACCOUNTS } from '@pilkada/shared'

import { graphql, login, rest } from '../helpers/http'
import { bootPayload } from '../helpers/payload'

/** The CMS's default LOGIN_MAX_ATTEMPTS, which the test server runs with. */
const MAX_ATTEMPTS = 5
const PASSWORD = 'kata-sandi-uji-akun-1'
const LOCKED = /terkunci|locked/i

const loginAs = (email: string, password: string) =>
  rest('POST', '/users/login', { body: { email, password } })
const messageOf = (answer: { body: any }) => String(answer.body?.errors?.[0]?.message ?? '')

/** Login lockout, unlock, and what a login tells about unknown e-mails. */
describe('accounts', () => {
  let email: string
  let accountId: string

  beforeEach(async () => {
    email = `uji.kunci.${Date.now()}@pilkada.test`
    const created = await rest('POST', '/users', {
      token: await login('admin'),
      body: {
        email,
        password: PASSWORD,
        name: 'Akun uji penguncian',
        role: 'contributor',
        authority: 'kpu',
        scope: 'national',
      },
    })
    expect(created.status).toBe(201)
    accountId = created.body.doc.id
  })
  afterEach(async () => {
    await rest('DELETE', `/users/${accountId}`, { token: await login('admin') })
  })

  /** Sends `count` wrong passwords at once and returns the refusals' messages. */
  const burst = async (count: number) =>
    (
      await Promise.all(
        Array.from({ length: count }, (_, n) => loginAs(email, `salah-${n}-${Date.now()}`)),
      )
    ).map(messageOf)

  it('should refuse the right password after a burst of wrong ones locked the account', async () => {
    await burst(12)
    const right = await loginAs(email, PASSWORD)
    expect(right.status).toBe(401)
    expect(messageOf(right)).toMatch(LOCKED)
  })

  // The right password goes last: its hash takes far longer than the others' claims, which
  // lock the account while it is being checked.
  it('should refuse the right password sent in the same burst as 12 wrong ones', async () => {
    const wrong = burst(12)
    const right = await loginAs(email, PASSWORD)
    await wrong
    expect(right.status).toBe(401)
    expect(messageOf(right)).toMatch(LOCKED)
  })

  it("should refuse a publisher who unlocks someone's account over REST", async () => {
    await burst(MAX_ATTEMPTS)
    const unlock = await rest('POST', '/users/unlock', {
      token: await login('kpu'),
      body: { email },
    })
    expect(unlock.status).toBe(403)
    expect(messageOf(await loginAs(email, PASSWORD))).toMatch(LOCKED)
  })

  it("should refuse a publisher who unlocks someone's account over GraphQL", async () => {
    await burst(MAX_ATTEMPTS)
    const { data, errors } = await graphql(
      'mutation ($email: String!) { unlockUser(email: $email) }',
      { token: await login('kpu'), variables: { email } },
    )
    expect(errors?.length).toBeGreaterThan(0)
    expect(data?.unlockUser ?? null).toBeNull()
    expect(messageOf(await loginAs(email, PASSWORD))).toMatch(LOCKED)
  })

  it('should let an admin unlock an account, and audit it', async () => {
    await burst(MAX_ATTEMPTS)
    const admin = await login('admin')
    const unlock = await rest('POST', '/users/unlock', { token: admin, body: { email } })
    expect(unlock.status).toBe(200)
    expect((await loginAs(email, PASSWORD)).status).toBe(200)
    const audit = await rest(
      'GET',
      `/audit-log?where[action][equals]=account_unlock&where[targetId][equals]=${accountId}&depth=0`,
      { token: admin },
    )
    expect(
      audit.body.docs.map((d: Record<string, unknown>) => [d.targetTitle, d.actorEmail]),
    ).toEqual([[email, DEMO_ACCOUNTS.admin.email]])
  })
})

/** How many passwords a login checks, seen in the password hash calls (Local API). */
describe('password checks', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootPayload()
  })
  afterAll(async () => {
    vi.restoreAllMocks()
    await payload?.destroy()
  })

  /** The password hashes (rounds, length, digest) that `logins` compute. */
  const hashesOf = async (logins: () => Promise<unknown>) => {
    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    await logins()
    const hashes = pbkdf2.mock.calls.map((call) => call.slice(2, 5))
    pbkdf2.mockRestore()
    return hashes
  }
  const failedLogin = (email: string, password = 'bukan-kata-sandinya') =>
    payload.login({ collection: 'users', data: { email, password } }).then(
      () => 'masuk',
      (error: Error) => error.message,
    )

  // Payload's own counter answers "locked" to the late ones of a burst, but only after checking
  // their passwords: 12 guesses where 5 are allowed.
  it('should check no more than LOGIN_MAX_ATTEMPTS of 12 passwords sent at once', async () => {
    const email = `uji.serbu.${Date.now()}@pilkada.test`
    await payload.create({
      collection: 'users',
      data: {
        email,
        password: PASSWORD,
        name: 'Uji serbuan',
        role: 'contributor',
        authority: 'kpu',
        scope: 'national',
      },
    })
    const hashes = await hashesOf(() =>
      Promise.all(Array.from({ length: 12 }, (_, n) => failedLogin(email, `salah-${n}`))),
    )
    expect(hashes.length).toBeLessThanOrEqual(MAX_ATTEMPTS)
    await payload.delete({ collection: 'users', where: { email: { equals: email } } })
  })

  // Deterministic: it checks that the same hash runs, not how long it took.
  it('should hash the password of an unknown e-mail as it hashes a wrong password', async () => {
    const known = await hashesOf(() => failedLogin(DEMO_ACCOUNTS['kpu.kontributor'].email))
    expect(known).toEqual([[600_000, 32, 'sha256']])
    expect(await hashesOf(() => failedLogin('tidak.ada@pilkada.test'))).toEqual(known)
  })
})
