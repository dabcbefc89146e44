import { isAllowedOrigin } from '../perimeter/origins'

/**
 * The CORS headers of a GraphQL answer for a request from `origin`: credentials only from the
 * allowed origins (as for REST), any origin for anonymous reads. Used by the route and by the
 * fast path of cached reads (cache/fastReads.ts), so that both answer with the same headers.
 */
export const graphqlCors = (origin: null | string, headers: Headers) => {
  if (isAllowedOrigin(origin)) {
    headers.set('access-control-allow-origin', origin!)
    headers.set('access-control-allow-credentials', 'true')
  } else {
    headers.set('access-control-allow-origin', '*')
    headers.delete('access-control-allow-credentials')
  }
  headers.set('vary', 'Origin')
  headers.set('access-control-allow-headers', 'content-type, authorization, if-none-match')
  headers.set('access-control-expose-headers', 'etag, retry-after')
}

/** The Cache-Control of a public answer that a CDN and a client may keep. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600'
