import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { DEMO_PASSWORD, login, rest } from '../helpers/http'
import { startIsolatedCms } from '../helpers/isolatedCms'
import { bootPayload } from '../helpers/payload'

/**
 * Anonymous reads of published content come from the CMS's cache of public reads
 * (cms/src/cache): a publish shows at once, a draft never, an editor's read is never cached,
 * and the cache holds no more than its memory bound.
 */
describe('the cache of public reads', () => {
  let cms: Awaited<ReturnType<typeof startIsolatedCms>>
  let id: string
  const SLUG = 'apa-yang-dibawa'
  const QUERY = `{ Guides(where: { slug: { equals: "${SLUG}" } }) { docs { title } } }`

  beforeAll(async () => {
    // The default version check (500 ms), as in production; one instance answers at once.
    cms = await startIsolatedCms({ READ_CACHE_VERSION_CHECK_MS: '500' })
    const { body } = await rest('GET', `/guides?where[slug][equals]=${SLUG}&depth=0`, {
      base: cms.url,
    })
    id = body.docs[0].id
  })
  afterAll(async () => {
    await cms?.stop()
  })

  const viaPost = async () => {
    const response = await fetch(`${cms.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    })
    const body = await response.json()
    return {
      title: body.data.Guides.docs[0].title as string,
      cache: response.headers.get('x-cache'),
    }
  }
  const viaGet = async () => {
    const response = await fetch(`${cms.url}/api/graphql?query=${encodeURIComponent(QUERY)}`)
    const body = await response.json()
    return {
      title: body.data.Guides.docs[0].title as string,
      cache: response.headers.get('x-cache'),
    }
  }
  const viaRest = async () => {
    const response = await fetch(`${cms.url}/api/guides/${id}?depth=0`)
    const body = await response.json()
    return { title: body.title as string, cache: response.headers.get('x-cache') }
  }
  const readers = { 'GraphQL POST': viaPost, 'GraphQL GET': viaGet, 'REST GET': viaRest }

  const publishTitle = async (title: string) => {
    const draft = await rest('PATCH', `/guides/${id}?draft=true`, {
      token: await login('kpu.kontributor', cms.url),
      body: { title },
      base: cms.url,
    })
    expect(draft.status).toBe(200)
    const published = await rest('PATCH', `/guides/${id}`, {
      token: await login('kpu', cms.url),
      body: { _status: 'published' },
      base: cms.url,
    })
    expect(published.status).toBe(200)
  }

  it.each(Object.entries(readers))(
    'should answer a repeated anonymous read through %s from the cache',
    async (_name, read) => {
      const first = await read()
      const second = await read()
      expect(second).toEqual({ title: first.title, cache: 'hit' })
    },
  )

  it('should show a published change at once through GraphQL POST, GraphQL GET and REST', async () => {
    for (const read of Object.values(readers)) expect((await read()).cache).toBe('hit')
    const title = `Yang dibawa ke TPS (${Date.now()})`
    await publishTitle(title)
    for (const read of Object.values(readers)) expect((await read()).title).toBe(title)
  })

  it('should never show a draft to anonymous readers, cached or not', async () => {
    const live = (await viaPost()).title
    const draft = await rest('PATCH', `/guides/${id}?draft=true`, {
      token: await login('kpu.kontributor', cms.url),
      body: { title: `Draf rahasia ${Date.now()}` },
      base: cms.url,
    })
    expect(draft.status).toBe(200)
    for (const read of Object.values(readers)) expect((await read()).title).toBe(live)
  })

  it("should never cache an editor's read, nor serve it to anyone else", async () => {
    const token = await login('kpu.kontributor', cms.url)
    const secret = `Draf editor ${Date.now()}`
    await rest('PATCH', `/guides/${id}?draft=true`, {
      token,
      body: { title: secret },
      base: cms.url,
    })
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${cms.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({
          query: `{ Guides(draft: true, where: { slug: { equals: "${SLUG}" } }) { docs { title } } }`,
        }),
      })
      expect(response.headers.get('x-cache')).toBeNull()
      expect((await response.json()).data.Guides.docs[0].title).toBe(secret)
    }
    const cookieLogin = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'kpu.kontributor@pilkada.test', password: DEMO_PASSWORD }),
    })
    const cookie = cookieLogin.headers.get('set-cookie')!.split(';')[0]!
    const withCookie = await fetch(`${cms.url}/api/guides/${id}?draft=true&depth=0`, {
      headers: { cookie },
    })
    expect(withCookie.headers.get('x-cache')).toBeNull()
    for (const read of Object.values(readers)) expect((await read()).title).not.toBe(secret)
  })
})

describe('the memory bound of the cache of public reads', () => {
  it('should hold no more than READ_CACHE_MAX_BYTES however many distinct queries arrive', async () => {
    vi.stubEnv('READ_CACHE_MAX_BYTES', String(256 * 1024))
    vi.resetModules()
    const cache = await import('@pilkada/cms/cache')
    const payload = await bootPayload()
    try {
      const body = 'x'.repeat(10_000)
      for (let i = 0; i < 500; i++) {
        const key = cache.cacheKey('graphql', `{ q${i} }`)
        await cache.cachedRead(payload, key, async () => ({
          status: 200,
          body,
          etag: cache.etagOf(body),
          contentType: 'application/json',
        }))
      }
      const { entries, bytes } = cache.cacheStats()
      expect(bytes).toBeLessThanOrEqual(256 * 1024)
      expect(entries).toBeGreaterThan(0)
      expect(entries).toBeLessThan(500)
    } finally {
      await payload.destroy()
      vi.unstubAllEnvs()
    }
  })
})
