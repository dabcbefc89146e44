import { parse, type DocumentNode } from 'graphql'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { ALL, graphqlDependencies, restDependencies } from '@pilkada/cms/cache/dependencies'
import {
  CandidatesQuery,
  ElectionsQuery,
  GuidesQuery,
  RegionsQuery,
  SiteSettingsQuery,
} from '@pilkada/shared/queries'

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
      body: { title, reviewState: 'submitted' },
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

  it.each([
    ['the CMS itself', 'own', 'true'],
    ['another site', 'https://news.example', null],
  ])(
    'should answer a repeated GraphQL GET from %s with the same body, ETag and CORS headers, and 304 when unchanged',
    async (_name, base, credentials) => {
      const origin = base === 'own' ? new URL(cms.url).origin : base
      const url = `${cms.url}/api/graphql?query=${encodeURIComponent('{ Regions(limit: 3) { docs { name } } }')}`
      const read = () => fetch(url, { headers: { origin } })
      const first = await read()
      const firstBody = await first.text()
      for (let i = 0; i < 3; i++) {
        const again = await read()
        expect(await again.text()).toBe(firstBody)
        expect(again.headers.get('x-cache')).toBe('hit')
        for (const header of ['etag', 'content-type', 'cache-control']) {
          expect(again.headers.get(header)).toBe(first.headers.get(header))
        }
        expect(again.headers.get('access-control-allow-origin')).toBe(credentials ? origin : '*')
        expect(again.headers.get('access-control-allow-credentials')).toBe(credentials)
        expect(again.headers.get('vary')).toMatch(/Origin/)
      }
      const unchanged = await fetch(url, {
        headers: { origin, 'if-none-match': first.headers.get('etag')! },
      })
      expect(unchanged.status).toBe(304)
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

  const graphql = async (query: string) => {
    const response = await fetch(`${cms.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    return { body: await response.json(), cache: response.headers.get('x-cache') }
  }

  it("should keep the cached answers about pairs when a guide is published, and show the guide's change", async () => {
    const pairs = `{ Candidates(limit: 20, sort: "ballotNumber") { docs { headName photo { alt } } } }`
    const before = await graphql(pairs)
    expect((await graphql(pairs)).cache).toBe('hit')
    const title = `Yang dibawa ke TPS (${Date.now()})`
    await publishTitle(title)
    expect((await viaPost()).title).toBe(title)
    const after = await graphql(pairs)
    expect(after).toEqual({ body: before.body, cache: 'hit' })
  })

  it("should show a pair's unpublish at once in its race's count of pairs, read by GraphQL and REST", async () => {
    const { body: races } = await rest(
      'GET',
      '/elections?where[region.code][equals]=32.73&where[office][equals]=wali_kota&depth=0',
      { base: cms.url },
    )
    const race = races.docs[0]
    const { body: pairs } = await rest(
      'GET',
      `/candidates?where[election][equals]=${race.id}&depth=0&limit=1`,
      { base: cms.url },
    )
    const pair = pairs.docs[0]
    const count = async () => ({
      graphql: (await graphql(`{ Election(id: "${race.id}") { candidateCount } }`)).body.data
        .Election.candidateCount,
      rest: (await rest('GET', `/elections/${race.id}?depth=0`, { base: cms.url })).body
        .candidateCount,
    })
    const before = await count()
    expect(before).toEqual({ graphql: race.candidateCount, rest: race.candidateCount })
    const unpublished = await rest('PATCH', `/candidates/${pair.id}`, {
      token: await login('kpu.jabar', cms.url),
      body: { _status: 'draft' },
      base: cms.url,
    })
    expect(unpublished.status).toBe(200)
    try {
      expect(await count()).toEqual({
        graphql: race.candidateCount - 1,
        rest: race.candidateCount - 1,
      })
    } finally {
      // Every publish follows a submission for review, a republish too.
      const submitted = await rest('PATCH', `/candidates/${pair.id}?draft=true`, {
        token: await login('kpu.kontributor', cms.url),
        body: { reviewState: 'submitted' },
        base: cms.url,
      })
      expect(submitted.status).toBe(200)
      const republished = await rest('PATCH', `/candidates/${pair.id}`, {
        token: await login('kpu', cms.url),
        body: { _status: 'published' },
        base: cms.url,
      })
      expect(republished.status).toBe(200)
    }
    expect(await count()).toEqual(before)
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

describe('what a cached public read depends on', () => {
  let payload: Awaited<ReturnType<typeof bootPayload>>
  const dependenciesOf = (query: string | DocumentNode) =>
    graphqlDependencies(
      Promise.resolve(payload.config),
      typeof query === 'string' ? parse(query) : query,
    )

  beforeAll(async () => {
    payload = await bootPayload()
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  // A guide's rich text may link a guide or a region (fields/defaultLexical.ts), so it depends on
  // both; a pair's vision and mission link to URLs only.
  it("should keep the guide's reads of pairs, races and regions when a guide, an FAQ or a stage changes", async () => {
    expect(await dependenciesOf(CandidatesQuery)).toEqual(['media', 'race'])
    expect(await dependenciesOf(ElectionsQuery)).toEqual(['race'])
    expect(await dependenciesOf(RegionsQuery)).toEqual(['race'])
    expect(await dependenciesOf(GuidesQuery)).toEqual(['guides', 'race'])
    expect(await dependenciesOf(SiteSettingsQuery)).toEqual(['site-settings'])
  })

  it("should make a read that filters on a collection's fields depend on what it selects only", async () => {
    const region = `{ Regions(where: { slug: { equals: "kota-bandung" } }) { docs { name
      elections(where: { status: { equals: "scheduled" } }) { docs { candidates { docs { headName } } } } } } }`
    expect(await dependenciesOf(region)).toEqual(['race'])
    const guide = `query ($slug: String) { Guides(where: { OR: [{ slug: { equals: $slug } }] }) { docs { title } } }`
    expect(await dependenciesOf(guide)).toEqual(['guides'])
  })

  it('should make a read that sorts by a relation or counts depend on every change', async () => {
    for (const query of [
      `{ Candidates(sort: "election.title") { docs { headName } } }`,
      `query ($sort: String) { Guides(sort: $sort) { docs { title } } }`,
      `{ countCandidates { totalDocs } }`,
      `{ Candidates { docs { headName publishedBy { name } } } }`,
    ])
      expect(await dependenciesOf(query)).toEqual([ALL])
  })

  it('should make a REST read depend on its own group only at depth 0 without a filter on a relation', () => {
    const params = (query: string) => new URLSearchParams(query)
    expect(restDependencies('/api/guides', params('depth=0&where[slug][equals]=x'))).toEqual([
      'guides',
    ])
    expect(restDependencies('/api/candidates/abc', params('depth=0'))).toEqual(['race'])
    expect(restDependencies('/api/globals/site-settings', params('depth=0'))).toEqual([
      'site-settings',
    ])
    expect(restDependencies('/api/candidates', params(''))).toEqual([ALL])
    expect(
      restDependencies('/api/candidates', params('depth=0&where[election.region][equals]=x')),
    ).toEqual([ALL])
  })
})
