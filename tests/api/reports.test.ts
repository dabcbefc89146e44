import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import { REPORT_ENDPOINT, REPORT_FIELDS, REPORT_LIMITS } from '@pilkada/shared/reports'

import { cmsUrl, graphql, login, rest, send } from '../helpers/http'
import { startIsolatedCms } from '../helpers/isolatedCms'

const RUN = `uji-laporan-${Date.now()}`
let counter = 0
/** A report's text that no other report has, so that a test finds exactly its own. */
const marker = () => `${RUN}-${++counter} Katanya TPS dipindah ke balai desa`

const siteUrl = () => inject('siteUrl')

/** What the guide's form posts without JavaScript (application/x-www-form-urlencoded). */
const formPost = (
  fields: Record<string, string>,
  {
    origin = siteUrl(),
    accept = 'text/html',
    base = cmsUrl(),
    from,
    headers = {},
  }: {
    origin?: null | string
    accept?: string
    base?: string
    from?: string
    headers?: Record<string, string>
  } = {},
) =>
  send(`${base}${REPORT_ENDPOINT}`, {
    method: 'POST',
    from,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept,
      ...(origin ? { origin } : {}),
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  })

const report = (seen: string, extra: Record<string, string> = {}) => ({
  [REPORT_FIELDS.seen]: seen,
  [REPORT_FIELDS.where]: 'https://wa.me/grup-keluarga',
  [REPORT_FIELDS.contact]: '0812-0000-0000',
  [REPORT_FIELDS.locale]: 'id',
  [REPORT_FIELDS.honeypot]: '',
  ...extra,
})

/** The stored reports with this text, as the platform admin reads them over REST. */
const stored = async (seen: string, base = cmsUrl()) => {
  const { body } = await rest('GET', `/reports?where[seen][equals]=${encodeURIComponent(seen)}`, {
    token: await login('admin', base),
    base,
  })
  return body.docs as { id: string; seen: string; where: string; status: string }[]
}

const removeRunReports = async (base = cmsUrl()) => {
  const token = await login('admin', base)
  const { body } = await rest('GET', `/reports?limit=100&where[seen][like]=${RUN}`, {
    token,
    base,
  })
  for (const doc of body.docs ?? []) await rest('DELETE', `/reports/${doc.id}`, { token, base })
}

describe('the "Laporkan hoaks" form, posted to the CMS', () => {
  afterEach(() => removeRunReports())

  it('should answer a plain form post with a 303 to the Indonesian thank-you page and keep the report', async () => {
    const seen = marker()
    const answer = await formPost(report(seen))
    expect(answer.status).toBe(303)
    expect(answer.headers.location).toBe(`${siteUrl()}/lapor/terima-kasih/`)
    const [kept, ...others] = await stored(seen)
    expect(others).toEqual([])
    expect(kept).toMatchObject({ seen, where: 'https://wa.me/grup-keluarga', status: 'new' })
  })

  it('should send a report from the English form to the English thank-you page', async () => {
    const answer = await formPost(report(marker(), { [REPORT_FIELDS.locale]: 'en' }))
    expect(answer.status).toBe(303)
    expect(answer.headers.location).toBe(`${siteUrl()}/en/lapor/terima-kasih/`)
  })

  it("should answer the guide's script with JSON that the guide's origin may read", async () => {
    const seen = marker()
    const answer = await formPost(report(seen), { accept: 'application/json' })
    expect(answer.status).toBe(201)
    expect(answer.headers['access-control-allow-origin']).toBe(siteUrl())
    expect(JSON.parse(answer.body)).toEqual({
      ok: true,
      message: 'Terima kasih, laporan Anda sudah kami terima.',
    })
    expect(await stored(seen)).toHaveLength(1)
  })

  it('should accept a JSON body after a preflight from the guide', async () => {
    const preflight = await send(`${cmsUrl()}${REPORT_ENDPOINT}`, {
      method: 'OPTIONS',
      headers: {
        origin: siteUrl(),
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe(siteUrl())
    const seen = marker()
    const answer = await send(`${cmsUrl()}${REPORT_ENDPOINT}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: siteUrl() },
      body: JSON.stringify(report(seen)),
    })
    expect(answer.status).toBe(201)
    expect(await stored(seen)).toHaveLength(1)
  })

  it('should thank a bot that filled the hidden field and keep nothing', async () => {
    const seen = marker()
    const answer = await formPost(
      report(seen, { [REPORT_FIELDS.honeypot]: 'https://spam.example' }),
    )
    expect(answer.status).toBe(303)
    expect(answer.headers.location).toBe(`${siteUrl()}/lapor/terima-kasih/`)
    expect(await stored(seen)).toEqual([])
  })

  it('should refuse a text over the limit with a message saying how long it may be, and keep nothing', async () => {
    const seen = `${marker()} ${'x'.repeat(REPORT_LIMITS.seen)}`
    const answer = await formPost(report(seen), { accept: 'application/json' })
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body).errors).toEqual([
      {
        field: 'seen',
        message: `Isian "Apa yang Anda lihat" terlalu panjang: ${seen.length.toLocaleString('id-ID')} karakter, paling banyak 2.000. Persingkat teksnya.`,
      },
    ])
    expect(await stored(seen)).toEqual([])
  })

  it("should refuse a report without its place in the form's language, and keep nothing", async () => {
    const seen = marker()
    const answer = await formPost(
      report(seen, { [REPORT_FIELDS.where]: '   ', [REPORT_FIELDS.locale]: 'en' }),
      { accept: 'application/json' },
    )
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body).errors).toEqual([
      {
        field: 'where',
        message: 'Write where you saw it: a link, or the name of the app or group.',
      },
    ])
    expect(await stored(seen)).toEqual([])
  })

  it('should show a plain form its mistake on a page with a link back to the form', async () => {
    const seen = marker()
    const answer = await formPost(report(seen, { [REPORT_FIELDS.seen]: '' }))
    expect(answer.status).toBe(400)
    expect(answer.headers['content-type']).toMatch(/^text\/html/)
    expect(answer.body).toContain('Tuliskan apa yang Anda lihat: isi kabar atau klaimnya.')
    expect(answer.body).toContain(`href="${siteUrl()}/lapor/"`)
  })

  it('should refuse a body larger than the limit with 413, and keep nothing', async () => {
    const seen = marker()
    const answer = await formPost(
      report(seen, { [REPORT_FIELDS.contact]: 'x'.repeat(REPORT_LIMITS.bodyBytes) }),
      { accept: 'application/json' },
    )
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body).errors[0].message).toBe(
      'Laporan terlalu besar: paling banyak 16.384 bita. Persingkat teksnya.',
    )
    expect(await stored(seen)).toEqual([])
  })

  it.each([['http://evil.example'], [null]])(
    'should refuse a report from origin %s and keep nothing',
    async (origin) => {
      const seen = marker()
      const answer = await formPost(report(seen), { origin })
      expect(answer.status).toBe(403)
      expect(answer.headers['access-control-allow-origin']).toBeUndefined()
      expect(await stored(seen)).toEqual([])
    },
  )

  it.each([['anonymous'], ['bawaslu'], ['admin']] as const)(
    'should refuse the normal create (POST /api/reports) to %s',
    async (account) => {
      const seen = marker()
      const token = account === 'anonymous' ? undefined : await login(account)
      const answer = await rest('POST', '/reports', {
        token,
        body: { seen, where: 'langsung', locale: 'id', status: 'new' },
      })
      expect(answer.status).toBe(403)
      expect(await stored(seen)).toEqual([])
    },
  )
})

describe('who reads the reports', () => {
  const seen = marker()
  let id: string

  beforeAll(async () => {
    await formPost(report(seen))
    id = (await stored(seen))[0]!.id
  })
  afterAll(() => removeRunReports())

  it.each([['bawaslu'], ['kpu']] as const)(
    'should let the %s publisher read the report over REST',
    async (account) => {
      const token = await login(account)
      const list = await rest('GET', `/reports?where[seen][equals]=${encodeURIComponent(seen)}`, {
        token,
      })
      expect(list.body.docs.map((d: { seen: string }) => d.seen)).toEqual([seen])
      const one = await rest('GET', `/reports/${id}`, { token })
      expect(one.status).toBe(200)
      expect(one.body.seen).toBe(seen)
    },
  )

  it.each([['anonymous'], ['kpu.kontributor'], ['bawaslu.kontributor']] as const)(
    'should not let %s read the report over REST',
    async (account) => {
      const token = account === 'anonymous' ? undefined : await login(account)
      const list = await rest('GET', '/reports', { token })
      const one = await rest('GET', `/reports/${id}`, { token })
      expect([list.status, one.status]).toEqual([403, 403])
      expect(JSON.stringify([list.body, one.body])).not.toContain(RUN)
    },
  )

  it('should not offer reports over GraphQL, to anyone', async () => {
    const query = '{ Reports { docs { seen } } }'
    for (const token of [undefined, await login('bawaslu')]) {
      const answer = await graphql(query, { token })
      expect(answer.data).toBeUndefined()
      expect(answer.errors?.[0]?.message).toMatch(/Cannot query field "Reports"/)
    }
  })

  it('should let a publisher triage a report but not change what the reader wrote', async () => {
    const token = await login('bawaslu')
    const answer = await rest('PATCH', `/reports/${id}`, {
      token,
      body: { status: 'checking', seen: 'diubah' },
    })
    expect(answer.status).toBe(200)
    expect(answer.body.doc).toMatchObject({ status: 'checking', seen })
  })
})

describe('the rate limit of the report form', () => {
  let cms: Awaited<ReturnType<typeof startIsolatedCms>>
  const PROXY = '127.0.0.2'
  const SITE = 'https://pilkada.example'

  beforeAll(async () => {
    cms = await startIsolatedCms({
      RATE_LIMIT: 'on',
      REPORT_RATE_PER_HOUR: '3',
      TRUSTED_PROXIES: PROXY,
      SITE_URL: SITE,
    })
  })
  afterAll(async () => {
    await removeRunReports(cms?.url)
    await cms?.stop()
  })

  it('should refuse a client past the limit although it forges X-Forwarded-For', async () => {
    const seen = marker()
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) {
      const answer = await formPost(report(seen), {
        origin: SITE,
        base: cms.url,
        headers: { 'x-forwarded-for': `192.0.2.${i + 1}` },
      })
      statuses.push(answer.status)
    }
    expect(statuses).toEqual([303, 303, 303, 429, 429])
    expect(await stored(seen, cms.url)).toHaveLength(3)
  })

  it('should tell the client in words how long to wait', async () => {
    const post = (accept: string) =>
      formPost(report(marker()), {
        origin: SITE,
        base: cms.url,
        from: PROXY,
        accept,
        headers: { 'x-forwarded-for': '203.0.113.50' },
      })
    for (let i = 0; i < 3; i++) expect((await post('text/html')).status).toBe(303)
    const answer = await post('application/json')
    expect(answer.status).toBe(429)
    expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0)
    expect(JSON.parse(answer.body).errors[0].message).toMatch(
      /^Terlalu banyak laporan dari jaringan Anda\. Coba lagi dalam \d+ menit\.$/,
    )
  })

  it('should count each client behind the trusted proxy on its own', async () => {
    const statuses: number[] = []
    for (const client of ['203.0.113.10', '203.0.113.10', '203.0.113.10', '203.0.113.10']) {
      const answer = await formPost(report(marker()), {
        origin: SITE,
        base: cms.url,
        from: PROXY,
        headers: { 'x-forwarded-for': client },
      })
      statuses.push(answer.status)
    }
    const other = await formPost(report(marker()), {
      origin: SITE,
      base: cms.url,
      from: PROXY,
      headers: { 'x-forwarded-for': '198.51.100.20' },
    })
    expect([...statuses, other.status]).toEqual([303, 303, 303, 429, 303])
  })
})
