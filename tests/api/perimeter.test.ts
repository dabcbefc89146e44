import http from 'node:http'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS } from '@pilkada/shared'

import { cmsUrl, DEMO_PASSWORD, login, rest, send } from '../helpers/http'
import { startIsolatedCms } from '../helpers/isolatedCms'

const regionQuery = JSON.stringify({ query: '{ Regions(limit: 1) { totalDocs } }' })

describe('cross-origin requests with an editor login cookie', () => {
  const question = `Pertanyaan dari situs lain ${Date.now()}`
  let cookie: string

  beforeAll(async () => {
    const response = await fetch(`${cmsUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: DEMO_ACCOUNTS['kpu.kontributor'].email,
        password: DEMO_PASSWORD,
      }),
    })
    cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    expect(cookie).toMatch(/-token=/)
  })

  afterEach(async () => {
    const token = await login('kpu')
    const { body } = await rest(
      'GET',
      `/faqs?draft=true&where[question][equals]=${encodeURIComponent(question)}`,
      { token },
    )
    for (const doc of body.docs ?? []) await rest('DELETE', `/faqs/${doc.id}`, { token })
  })

  it('should refuse a form POST from another site and save nothing', async () => {
    // What an HTML form on another site sends (enctype="multipart/form-data").
    const form = new FormData()
    form.set('_payload', JSON.stringify({ question, _status: 'draft' }))
    const encoded = new Response(form)
    const response = await send(`${cmsUrl()}/api/faqs?draft=true`, {
      method: 'POST',
      headers: {
        'content-type': encoded.headers.get('content-type')!,
        origin: 'http://evil.example',
        'sec-fetch-site': 'cross-site',
        cookie,
      },
      body: Buffer.from(await encoded.arrayBuffer()),
    })
    expect(response.status).toBe(403)
    const saved = await rest(
      'GET',
      `/faqs?draft=true&where[question][equals]=${encodeURIComponent(question)}`,
      { token: await login('kpu') },
    )
    expect(saved.body.totalDocs).toBe(0)
  })

  it("should honour the cookie from the CMS's own origin and ignore it from another", async () => {
    const me = async (origin: string) =>
      JSON.parse((await send(`${cmsUrl()}/api/users/me`, { headers: { origin, cookie } })).body)
        .user?.email ?? null
    expect(await me(new URL(cmsUrl()).origin)).toBe(DEMO_ACCOUNTS['kpu.kontributor'].email)
    expect(await me('http://evil.example')).toBeNull()
  })
})

describe('the GraphQL request body', () => {
  it('should answer 413 as soon as a chunked body passes the limit, without reading the rest', async () => {
    const started = performance.now()
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${cmsUrl()}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      })
      request.on('response', (response) => {
        resolve(response.statusCode!)
        response.resume()
        request.destroy()
      })
      request.on('error', reject)
      request.write(`{"query":"{ Regions { totalDocs } }","pad":"${'x'.repeat(150_000)}`)
      // The rest of the body never comes: only a server that stops at the limit answers.
    })
    expect(status).toBe(413)
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})

describe('the rate limits', () => {
  let cms: Awaited<ReturnType<typeof startIsolatedCms>>
  const PROXY = '127.0.0.2'
  beforeAll(async () => {
    cms = await startIsolatedCms({
      RATE_LIMIT: 'on',
      RATE_LIMIT_PER_MINUTE: '20',
      LOGIN_RATE_PER_CLIENT: '5',
      LOGIN_RATE_PER_EMAIL: '3',
      TRUSTED_PROXIES: PROXY,
      CORS_ORIGINS: 'https://admin.kpu.example',
    })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  /** A GraphQL request through the trusted proxy on behalf of `client`. */
  const viaProxy = (client: string, path = '/api/graphql', init: Parameters<typeof send>[1] = {}) =>
    send(`${cms.url}${path}`, {
      method: path === '/api/graphql' ? 'POST' : 'GET',
      body: path === '/api/graphql' ? regionQuery : undefined,
      ...init,
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': client,
        ...init.headers,
      },
      from: PROXY,
    })

  it('should answer 429 with Retry-After past the limit, per client', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 21; i++) statuses.push((await viaProxy('203.0.113.7')).status)
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true)
    const refused = await viaProxy('203.0.113.7')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(JSON.parse(refused.body).errors[0].message).toMatch(
      /^Terlalu banyak permintaan; coba lagi dalam \d+ detik/,
    )
    expect((await viaProxy('198.51.100.9')).status).toBe(200)
  })

  it('should ignore X-Forwarded-For from a client that is not a trusted proxy', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 25; i++) {
      const response = await send(`${cms.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${i + 1}` },
        body: regionQuery,
      })
      statuses.push(response.status)
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5)
  })

  it('should count the address the trusted proxy saw, not what the client prepended', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 25; i++) {
      statuses.push((await viaProxy(`10.${i}.0.1, 198.51.100.77`)).status)
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(5)
  })

  it('should limit REST requests like GraphQL ones', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 21; i++) {
      statuses.push((await viaProxy('198.51.100.30', '/api/regions?limit=1')).status)
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true)
    const refused = await viaProxy('198.51.100.30', '/api/guides?limit=1')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('should count and refuse cached reads like any other, GraphQL GET and REST', async () => {
    const cachedGet = `/api/graphql?query=${encodeURIComponent('{ Regions(limit: 2) { totalDocs } }')}`
    for (const [client, path] of [
      ['198.51.100.41', cachedGet],
      ['198.51.100.42', '/api/regions?limit=2&depth=0'],
    ] as const) {
      const statuses: number[] = []
      const caches: (string | undefined)[] = []
      for (let i = 0; i < 21; i++) {
        const response = await viaProxy(client, path, { method: 'GET', body: undefined })
        statuses.push(response.status)
        caches.push(response.headers['x-cache'] as string | undefined)
      }
      // The same read every time: answered from the cache, and still counted.
      expect(caches.slice(1, 20).every((cache) => cache === 'hit')).toBe(true)
      expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true)
      expect(statuses[20]).toBe(429)
    }
  })

  it('should keep counting a client while it tracks more than 10,000 others', async () => {
    const client = () =>
      viaProxy('198.51.100.99', '/api/graphql', { method: 'GET', body: undefined })
    for (let i = 0; i < 20; i++) await client()
    expect((await client()).status).toBe(429)
    const others = Array.from({ length: 10_050 }, (_, i) => `10.77.${i >> 8}.${i & 255}`)
    const agent = new http.Agent({ keepAlive: true, maxSockets: 32, localAddress: PROXY })
    let next = 0
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < others.length) {
          const address = others[next++]!
          await new Promise<void>((resolve, reject) => {
            const request = http.get(
              `${cms.url}/api/graphql`,
              { agent, headers: { 'x-forwarded-for': address } },
              (response) => response.resume().on('end', resolve),
            )
            request.on('error', reject)
          })
        }
      }),
    )
    agent.destroy()
    expect((await client()).status).toBe(429)
  }, 120_000)

  it('should limit login attempts per e-mail address, whichever client sends them', async () => {
    const email = 'tidak.terdaftar@contoh.id'
    const tryLogin = (client: string) =>
      viaProxy(client, '/api/users/login', {
        method: 'POST',
        body: JSON.stringify({ email, password: 'salah-salah-salah' }),
      })
    for (let i = 0; i < 3; i++) expect((await tryLogin(`192.0.2.${100 + i}`)).status).not.toBe(429)
    const refused = await tryLogin('192.0.2.110')
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.body).errors[0].message).toMatch(
      /^Terlalu banyak percobaan masuk; coba lagi dalam \d+ detik/,
    )
    const byGraphql = await viaProxy('192.0.2.111', '/api/graphql', {
      body: JSON.stringify({
        query: 'mutation ($e: String!) { loginUser(email: $e, password: "x") { token } }',
        variables: { e: email.toUpperCase() },
      }),
    })
    expect(byGraphql.status).toBe(429)
  })

  it('should limit login attempts per client, whichever e-mail addresses it tries', async () => {
    const tryLogin = (i: number) =>
      viaProxy('192.0.2.200', '/api/users/login', {
        method: 'POST',
        body: JSON.stringify({ email: `orang${i}@contoh.id`, password: 'salah-salah-salah' }),
      })
    for (let i = 0; i < 5; i++) expect((await tryLogin(i)).status).not.toBe(429)
    expect((await tryLogin(5)).status).toBe(429)
  })

  it('should allow credentials from a configured origin', async () => {
    const response = await viaProxy('192.0.2.50', '/api/graphql', {
      headers: { origin: 'https://admin.kpu.example' },
    })
    expect(response.headers['access-control-allow-origin']).toBe('https://admin.kpu.example')
    expect(response.headers['access-control-allow-credentials']).toBe('true')
  })
})
