import { IncomingMessage, type ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import { graphqlCors, PUBLIC_CACHE_CONTROL } from '../graphql/cors'
import { clientAddressOfHeaders } from '../perimeter/clientAddress'
import { apiRetryAfter } from '../perimeter/rateLimit'
import { isFresh, keptFor, type CachedAnswer } from './publicReads'

/**
 * The fast path of the cache of public reads. The CMS's server (scripts/cmsServer.mjs) offers
 * every request here before Next.js routes it: an anonymous read (GraphQL GET or POST, REST GET)
 * that the routes have answered before, while the cache is fresh (cache/publicReads.ts
 * `isFresh`), is answered from memory with the same body, status and headers as the route's
 * hit, and counted by the same rate limit. Anything else (a login, a miss, a cache due for its
 * version check, a client over its limit) goes on to Next.js, whose routes fill the cache and
 * note under which request each answer is found (`noteAlias`). Returns false for a request it
 * does not touch, else a promise of true when it answered, or of the request for Next.js (a
 * POST's body, once read, travels in a copy of the request).
 */
export type FastReads = (
  request: IncomingMessage,
  response: ServerResponse,
) => false | Promise<IncomingMessage | true>

const FAST_READS = Symbol.for('pilkada.fastReads')

/**
 * A request's path and query, with the query serialised again as Next.js hands it to a route
 * (`%20` and `+`, `(` and `%28` are one request), so that the fast path and the route agree.
 */
const pathAndQuery = (url: URL) => `${url.pathname}?${url.searchParams.toString()}`

/** The alias of a GraphQL GET: its path and query (CORS headers are made per request). */
export const graphqlGetAlias = (url: URL) => `graphql GET ${pathAndQuery(url)}`

/** The alias of a GraphQL POST: its body, byte for byte. */
export const graphqlPostAlias = (body: string) => `graphql POST ${body}`

/** The alias of a REST GET: its path and query and its Origin (CORS headers are kept with it). */
export const restAlias = (url: URL, origin: null | string) =>
  `rest GET ${pathAndQuery(url)}\u0000${origin ?? ''}`

/**
 * Each kept answer's body as bytes, and gzipped as Next.js's compression would send it (from
 * 1 KB, to clients that accept gzip), made once and dropped with the answer.
 */
const encoded = new WeakMap<CachedAnswer, { plain: Buffer; gzip?: Buffer }>()
const COMPRESS_FROM = 1024
const bytesOf = (answer: CachedAnswer, gzip: boolean) => {
  let bodies = encoded.get(answer)
  if (!bodies) {
    bodies = { plain: Buffer.from(answer.body) }
    encoded.set(answer, bodies)
  }
  if (!gzip) return bodies.plain
  bodies.gzip ??= gzipSync(bodies.plain)
  return bodies.gzip
}

const carriesLogin = (request: IncomingMessage) =>
  request.headers.authorization !== undefined ||
  /(?:^|;\s*)payload-token=/.test(request.headers.cookie ?? '')

const single = (value: string | string[] | undefined) =>
  typeof value === 'string' ? value : undefined

/** Writes a kept answer as the route's hit would: same body, status and headers. */
const answerWith = (
  kept: CachedAnswer,
  graphql: boolean,
  request: IncomingMessage,
  response: ServerResponse,
) => {
  const origin = single(request.headers.origin) ?? null
  const headers = new Headers(graphql ? undefined : kept.headers)
  if (graphql) graphqlCors(origin, headers)
  headers.set('content-type', kept.contentType)
  headers.set('etag', kept.etag)
  headers.set('x-cache', 'hit')
  if (graphql && request.method === 'POST') headers.delete('cache-control')
  else headers.set('cache-control', PUBLIC_CACHE_CONTROL)
  if (!/accept-encoding/i.test(headers.get('vary') ?? '')) headers.append('vary', 'Accept-Encoding')
  if (request.method === 'GET' && single(request.headers['if-none-match']) === kept.etag) {
    response.writeHead(304, Object.fromEntries(headers))
    response.end()
    return
  }
  const compress =
    kept.body.length >= COMPRESS_FROM &&
    /\bgzip\b/.test(single(request.headers['accept-encoding']) ?? '')
  const body = bytesOf(kept, compress)
  if (compress) headers.set('content-encoding', 'gzip')
  headers.set('content-length', String(body.length))
  response.writeHead(kept.status, Object.fromEntries(headers))
  response.end(body)
}

/** Answers `kept` unless the client is over its rate limit; then Next.js refuses it (429). */
const answerCounted = async (
  kept: CachedAnswer,
  graphql: boolean,
  request: IncomingMessage,
  response: ServerResponse,
) => {
  if ((await apiRetryAfter(clientAddressOfHeaders(request.headers))) !== null) return false
  answerWith(kept, graphql, request, response)
  return true
}

/** The body of a request of `length` bytes, or null when it turns out longer. */
const bodyOf = (request: IncomingMessage, length: number) =>
  new Promise<Buffer | null>((resolve, reject) => {
    const chunks: Buffer[] = []
    let read = 0
    request.on('data', (chunk: Buffer) => {
      read += chunk.length
      if (read <= length) chunks.push(chunk)
    })
    request.on('end', () => resolve(read === length ? Buffer.concat(chunks) : null))
    request.on('error', reject)
  })

/**
 * A request for Next.js that carries `body`, already read from `request`: same method, URL,
 * headers and socket.
 */
const replay = (request: IncomingMessage, body: Buffer) => {
  const copy = new IncomingMessage(request.socket)
  copy.method = request.method
  copy.url = request.url
  copy.headers = request.headers
  copy.rawHeaders = request.rawHeaders
  copy.httpVersion = request.httpVersion
  copy.httpVersionMajor = request.httpVersionMajor
  copy.httpVersionMinor = request.httpVersionMinor
  copy.push(body)
  copy.push(null)
  copy.complete = true
  return copy
}

const MAX_POST = Number(process.env.GRAPHQL_MAX_BODY_BYTES || 100_000)

const answerFast: FastReads = (request, response) => {
  if (!request.url?.startsWith('/api/') || carriesLogin(request)) return false
  if (request.method === 'GET') {
    const url = new URL(request.url, 'http://cms.invalid')
    const graphql = url.pathname === '/api/graphql'
    const kept = keptFor(
      graphql ? graphqlGetAlias(url) : restAlias(url, single(request.headers.origin) ?? null),
    )
    if (!kept) return false
    return answerCounted(kept, graphql, request, response).then((done) => done || request)
  }
  // A GraphQL POST of a known length: read, looked up by its bytes, and else handed on.
  const length = Number(request.headers['content-length'])
  if (
    request.method !== 'POST' ||
    request.url !== '/api/graphql' ||
    !Number.isInteger(length) ||
    length <= 0 ||
    length > MAX_POST ||
    !isFresh()
  ) {
    return false
  }
  return bodyOf(request, length).then(async (body) => {
    if (body === null) return replay(request, Buffer.alloc(0))
    const kept = keptFor(graphqlPostAlias(body.toString('utf8')))
    if (kept && (await answerCounted(kept, true, request, response))) return true
    return replay(request, body)
  })
}

/** Offers the fast path to the CMS's server (called once at start-up, instrumentation.ts). */
export const registerFastReads = () => {
  ;(globalThis as typeof globalThis & { [FAST_READS]?: FastReads })[FAST_READS] = answerFast
}
