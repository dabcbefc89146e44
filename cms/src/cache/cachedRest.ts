import { getPayload, type SanitizedConfig } from 'payload'

import { PUBLIC_CACHE_CONTROL } from '../graphql/cors'
import { restDependencies } from './dependencies'
import { restAlias } from './fastReads'
import { afterWrite, cachedRead, cacheKey, carriesLogin, etagOf, noteAlias } from './publicReads'

type RestHandler<Context> = (request: Request, context: Context) => Promise<Response>

/** REST reads of published content that any app may make; accounts, previews and files are not. */
const CACHEABLE =
  /^\/api\/(?:(?:regions|elections|candidates|stages|guides|faqs|fact-checks)(?:\/[^/]+)?|media(?:\/[^/]+)?|globals\/site-settings)\/?$/

/** Answers an anonymous REST read from the cache of public reads (cache/publicReads.ts). */
export const cachedRest =
  <Context>(
    config: Promise<SanitizedConfig>,
    handler: RestHandler<Context>,
  ): RestHandler<Context> =>
  async (request, context) => {
    const url = new URL(request.url)
    if (
      carriesLogin(request) ||
      !CACHEABLE.test(url.pathname) ||
      url.searchParams.has('draft') ||
      url.searchParams.has('trash')
    ) {
      return handler(request, context)
    }
    const params = [...url.searchParams].sort(([a], [b]) => a.localeCompare(b))
    // CORS headers depend on the Origin: one entry per origin.
    const key = cacheKey(
      'rest',
      url.pathname,
      JSON.stringify(params),
      request.headers.get('origin') ?? '',
    )
    let fresh: Response | undefined
    const { answer, hit } = await cachedRead(
      await getPayload({ config }),
      key,
      async () => {
        fresh = await handler(request, context)
        const body = await fresh.clone().text()
        return {
          status: fresh.status,
          body,
          etag: etagOf(body),
          contentType: fresh.headers.get('content-type') ?? 'application/json',
          headers: [...fresh.headers].filter(([name]) => /^access-control-|^vary$/i.test(name)),
        }
      },
      () => restDependencies(url.pathname, url.searchParams),
    )
    noteAlias(restAlias(url, request.headers.get('origin')), key)
    const headers = new Headers(hit || !fresh ? answer.headers : fresh.headers)
    headers.set('content-type', answer.contentType)
    headers.set('etag', answer.etag)
    headers.set('x-cache', hit ? 'hit' : 'miss')
    if (answer.status === 200) headers.set('cache-control', PUBLIC_CACHE_CONTROL)
    if (answer.status === 200 && request.headers.get('if-none-match') === answer.etag) {
      return new Response(null, { status: 304, headers })
    }
    return new Response(answer.body, { status: answer.status, headers })
  }

/** A writing REST route: once it has answered (committed), this instance's cache is emptied. */
export const emptiesCache =
  <Context>(handler: RestHandler<Context>): RestHandler<Context> =>
  async (request, context) => {
    try {
      return await handler(request, context)
    } finally {
      afterWrite()
    }
  }
