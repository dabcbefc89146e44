import { createHash } from 'node:crypto'

import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { Kind, parse, print } from 'graphql'
import type { SanitizedConfig } from 'payload'

import { SITE_QUERIES } from '@pilkada/shared/queries'

/**
 * Trusted documents: the queries of the static guide (shared/src/queries.ts), by the sha256 of
 * their text. `GET /api/graphql?id=<sha256>&variables=…` runs one without sending its text.
 */
export const TRUSTED_DOCUMENTS = new Map(
  Object.values(SITE_QUERIES).map((document) => {
    const text = print(document)
    return [createHash('sha256').update(text).digest('hex'), text] as const
  }),
)

/**
 * The public GraphQL endpoint around Payload's handler: request size, one operation per
 * request, a time limit, a rate limit per client, CORS (credentials only from configured
 * origins), field suggestions off in production, and cacheable anonymous reads by GET with an
 * ETag.
 */
const env = (name: string, fallback: number) => Number(process.env[name] || fallback)
const MAX_BODY = env('GRAPHQL_MAX_BODY_BYTES', 100_000)
const TIME_LIMIT = env('GRAPHQL_TIMEOUT_MS', 15_000)
const RATE = env('RATE_LIMIT_PER_MINUTE', 600)
const RATE_LIMIT_ON = process.env.RATE_LIMIT !== 'off'
const CREDENTIALED_ORIGINS = (process.env.CORS_ORIGINS || '')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean)
const PRODUCTION = process.env.NODE_ENV === 'production'

const json = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json(
    {
      errors: [{ message, extensions: { code: status === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST' } }],
    },
    { status, headers },
  )

/** A token bucket per client address: RATE requests a minute, refilled continuously. */
const buckets = new Map<string, { tokens: number; at: number }>()
const rateLimited = (request: Request): null | number => {
  if (!RATE_LIMIT_ON) return null
  const client =
    request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ||
    request.headers.get('x-real-ip') ||
    'local'
  const now = Date.now()
  const bucket = buckets.get(client) ?? { tokens: RATE, at: now }
  bucket.tokens = Math.min(RATE, bucket.tokens + ((now - bucket.at) / 60_000) * RATE)
  bucket.at = now
  if (buckets.size > 10_000) buckets.clear()
  buckets.set(client, bucket)
  if (bucket.tokens < 1) return Math.ceil(((1 - bucket.tokens) / RATE) * 60)
  bucket.tokens -= 1
  return null
}

const cors = (request: Request, headers: Headers) => {
  const origin = request.headers.get('origin')
  if (origin && CREDENTIALED_ORIGINS.includes(origin)) {
    headers.set('access-control-allow-origin', origin)
    headers.set('access-control-allow-credentials', 'true')
  } else {
    headers.set('access-control-allow-origin', '*')
    headers.delete('access-control-allow-credentials')
  }
  headers.set('vary', 'Origin')
  headers.set('access-control-allow-headers', 'content-type, authorization, if-none-match')
  headers.set('access-control-expose-headers', 'etag, retry-after')
}

/** Cookies are honoured only from the configured origins: elsewhere a request is anonymous. */
const forwarded = (request: Request, body: string) => {
  const headers = new Headers(request.headers)
  const origin = request.headers.get('origin')
  if (origin && !CREDENTIALED_ORIGINS.includes(origin)) headers.delete('cookie')
  headers.set('content-type', 'application/json')
  headers.delete('content-length')
  return new Request(new URL('/api/graphql', request.url), { method: 'POST', headers, body })
}

/** In production, errors do not suggest field names: the schema is published as SDL instead. */
const stripSuggestions = async (response: Response) => {
  if (!PRODUCTION) return response
  const text = await response.text()
  let body: { errors?: { message?: string }[] }
  try {
    body = JSON.parse(text)
  } catch {
    return new Response(text, { status: response.status, headers: response.headers })
  }
  for (const error of body.errors ?? []) {
    if (error.message) error.message = error.message.replace(/ Did you mean .*\?$/, '')
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(body), { status: response.status, headers })
}

const run = async (config: Promise<SanitizedConfig>, request: Request, body: string) => {
  const handler = GRAPHQL_POST(config)
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<Response>((resolve) => {
    timer = setTimeout(
      () =>
        resolve(
          json(
            503,
            `Permintaan melebihi batas waktu ${TIME_LIMIT / 1000} detik. / The request took too long.`,
          ),
        ),
      TIME_LIMIT,
    )
  })
  try {
    return await stripSuggestions(await Promise.race([handler(forwarded(request, body)), timeout]))
  } finally {
    clearTimeout(timer)
  }
}

const finish = (request: Request, response: Response) => {
  const headers = new Headers(response.headers)
  cors(request, headers)
  return new Response(response.body, { status: response.status, headers })
}

/** 429 with Retry-After when the client has used up its requests, else null. */
const refuseOverLimit = (request: Request) => {
  const retryAfter = rateLimited(request)
  if (retryAfter === null) return null
  const message = `Terlalu banyak permintaan; coba lagi dalam ${retryAfter} detik. / Too many requests.`
  return finish(request, json(429, message, { 'retry-after': String(retryAfter) }))
}

export const graphqlHandlers = (config: Promise<SanitizedConfig>) => ({
  POST: async (request: Request) => {
    const limited = refuseOverLimit(request)
    if (limited) return limited
    const length = Number(request.headers.get('content-length') || 0)
    if (length > MAX_BODY)
      return finish(
        request,
        json(413, `Permintaan lebih dari ${MAX_BODY} byte. / Request body too large.`),
      )
    const body = await request.text()
    if (Buffer.byteLength(body) > MAX_BODY)
      return finish(
        request,
        json(413, `Permintaan lebih dari ${MAX_BODY} byte. / Request body too large.`),
      )
    if (body.trimStart().startsWith('[')) {
      return finish(
        request,
        json(
          400,
          'Satu operasi per permintaan: batching tidak didukung. / One operation per request: batching is not supported.',
        ),
      )
    }
    return finish(request, await run(config, request, body))
  },

  /**
   * `GET /api/graphql?query=…&variables=…`: anonymous read queries, cacheable by a CDN, with an
   * ETag; 304 when the client already has the same answer.
   */
  GET: async (request: Request) => {
    const limited = refuseOverLimit(request)
    if (limited) return limited
    const params = new URL(request.url).searchParams
    const trustedId = params.get('id')
    if (trustedId && !TRUSTED_DOCUMENTS.has(trustedId)) {
      return finish(
        request,
        json(404, 'Dokumen tepercaya tidak dikenal. / Unknown trusted document id.'),
      )
    }
    const query = trustedId ? TRUSTED_DOCUMENTS.get(trustedId)! : params.get('query')
    if (!query)
      return finish(
        request,
        json(400, 'Parameter "query" wajib. / The "query" parameter is required.'),
      )
    if (query.length > MAX_BODY)
      return finish(request, json(413, `Kueri lebih dari ${MAX_BODY} byte. / Query too large.`))
    try {
      const document = parse(query)
      const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      if (operations.length !== 1 || operations[0]!.operation !== 'query') {
        return finish(
          request,
          json(
            405,
            'GET hanya untuk satu kueri baca; gunakan POST untuk mutasi. / GET serves one read query; use POST.',
          ),
        )
      }
    } catch (error) {
      return finish(
        request,
        json(400, error instanceof Error ? error.message : 'Kueri tidak valid.'),
      )
    }
    let variables: unknown
    try {
      variables = params.get('variables') ? JSON.parse(params.get('variables')!) : undefined
    } catch {
      return finish(
        request,
        json(400, 'Parameter "variables" bukan JSON. / "variables" is not JSON.'),
      )
    }
    // Cached answers are public: a GET never carries anyone's login.
    const anonymous = new Request(request.url, {
      headers: { origin: 'null', accept: 'application/json' },
    })
    const body = JSON.stringify({
      query,
      variables,
      operationName: params.get('operationName') || undefined,
    })
    const response = await run(config, anonymous, body)
    const text = await response.text()
    const etag = `W/"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`
    const headers = new Headers(response.headers)
    headers.set('etag', etag)
    const hasErrors = text.includes('"errors"')
    headers.set(
      'cache-control',
      hasErrors || response.status !== 200
        ? 'no-store'
        : 'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
    )
    if (!hasErrors && request.headers.get('if-none-match') === etag) {
      return finish(request, new Response(null, { status: 304, headers }))
    }
    return finish(request, new Response(text, { status: response.status, headers }))
  },

  OPTIONS: async (request: Request) =>
    finish(
      request,
      await REST_OPTIONS(config)(request, { params: Promise.resolve({ slug: [] }) } as never),
    ),
})
