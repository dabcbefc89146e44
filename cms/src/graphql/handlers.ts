import { REST_OPTIONS } from '@payloadcms/next/routes'
import { Kind, parse, print, valueFromASTUntyped, visit, type FieldNode } from 'graphql'
import { getPayload, type SanitizedConfig } from 'payload'

import {
  afterWrite,
  cachedRead,
  cacheKey,
  carriesLogin,
  etagOf,
  noteAlias,
  type CachedAnswer,
} from '../cache/publicReads'

import { graphqlDependencies } from '../cache/dependencies'
import { graphqlGetAlias, graphqlPostAlias } from '../cache/fastReads'
import { readCapped } from '../lib/readCapped'
import { isAllowedOrigin } from '../perimeter/origins'
import { limitApi, limitLogin } from '../perimeter/rateLimit'
import { graphqlCors, PUBLIC_CACHE_CONTROL } from './cors'
import { graphqlPost } from './execute'
import { TRUSTED_DOCUMENTS } from './trustedDocuments'

export { TRUSTED_DOCUMENTS } from './trustedDocuments'

/**
 * The public GraphQL endpoint around Payload's handler: request size, one operation per
 * request, a time limit, rate limits per client (perimeter/rateLimit.ts), CORS (credentials
 * only from the allowed origins, as for REST), field suggestions off in production, and
 * cacheable anonymous reads by GET with an ETag.
 */
const env = (name: string, fallback: number) => Number(process.env[name] || fallback)
const MAX_BODY = env('GRAPHQL_MAX_BODY_BYTES', 100_000)
const TIME_LIMIT = env('GRAPHQL_TIMEOUT_MS', 15_000)
const PRODUCTION = process.env.NODE_ENV === 'production'

const json = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json(
    {
      errors: [{ message, extensions: { code: status === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST' } }],
    },
    { status, headers },
  )

const tooLarge = () =>
  json(413, `Permintaan lebih dari ${MAX_BODY} byte. / Request body too large.`)

/** The body as text, or null past MAX_BODY bytes. */
const readBody = async (request: Request): Promise<null | string> =>
  (await readCapped(request, MAX_BODY))?.toString('utf8') ?? null

/** Cookies are honoured only from the allowed origins: elsewhere a request is anonymous. */
const forwarded = (request: Request, body: string) => {
  const headers = new Headers(request.headers)
  const origin = request.headers.get('origin')
  if (origin && !isAllowedOrigin(origin)) headers.delete('cookie')
  headers.set('content-type', 'application/json')
  headers.delete('content-length')
  return new Request(new URL('/api/graphql', request.url), { method: 'POST', headers, body })
}

/** The e-mail of a `loginUser` mutation in a request body, or null when it holds none. */
const loginEmail = (body: string): null | { email: unknown } => {
  try {
    const { query, variables } = JSON.parse(body) as {
      query?: unknown
      variables?: Record<string, unknown>
    }
    if (typeof query !== 'string' || !query.includes('loginUser')) return null
    const document = parse(query)
    const defaults: Record<string, unknown> = {}
    let login: FieldNode | undefined
    visit(document, {
      VariableDefinition(node) {
        if (node.defaultValue) {
          defaults[node.variable.name.value] = valueFromASTUntyped(node.defaultValue)
        }
      },
      Field(node) {
        if (node.name.value === 'loginUser') login ??= node
      },
    })
    if (!login) return null
    const argument = login.arguments?.find((a) => a.name.value === 'email')
    return {
      email: argument ? valueFromASTUntyped(argument.value, { ...defaults, ...variables }) : null,
    }
  } catch {
    return null // Payload answers a malformed request itself
  }
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
  const handler = graphqlPost(config)
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

/** JSON with object keys in order, so that the same variables make the same cache key. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  ) ?? ''

/** The kind of the operation a body asks for, and its normalised text; null when unreadable. */
const operationOf = (body: string) => {
  try {
    const { query, operationName, variables } = JSON.parse(body) as {
      query?: unknown
      operationName?: unknown
      variables?: unknown
    }
    if (typeof query !== 'string') return null
    const document = parse(query)
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    const operation =
      operations.length === 1
        ? operations[0]
        : operations.find((o) => o.name?.value === operationName)
    if (!operation) return null
    return {
      kind: operation.operation,
      document,
      key: cacheKey(
        'graphql',
        print(document),
        canonical(variables ?? {}),
        String(operationName ?? ''),
      ),
    }
  } catch {
    return null // Payload answers a malformed request itself
  }
}

/**
 * Runs a read through the cache of public reads, kept until content that it shows changes: an
 * answer with errors is never kept.
 */
const cachedAnswer = async (
  config: Promise<SanitizedConfig>,
  operation: NonNullable<ReturnType<typeof operationOf>>,
  request: Request,
  body: string,
) =>
  cachedRead(
    await getPayload({ config }),
    operation.key,
    async (): Promise<CachedAnswer> => {
      const response = await run(config, request, body)
      const text = await response.text()
      return {
        status: response.status,
        body: text,
        etag: etagOf(text),
        contentType: response.headers.get('content-type') ?? 'application/json',
        cacheable: !text.includes('"errors"'),
      }
    },
    () => graphqlDependencies(config, operation.document),
  )

const finish = (request: Request, response: Response) => {
  const headers = new Headers(response.headers)
  graphqlCors(request.headers.get('origin'), headers)
  return new Response(response.body, { status: response.status, headers })
}

/** 429 with Retry-After when the client has used up its requests, else null. */
const refuseOverLimit = async (request: Request) => {
  const limited = await limitApi(request)
  return limited ? finish(request, limited) : null
}

export const graphqlHandlers = (config: Promise<SanitizedConfig>) => ({
  POST: async (request: Request) => {
    const limited = await refuseOverLimit(request)
    if (limited) return limited
    const body = await readBody(request)
    if (body === null) return finish(request, tooLarge())
    if (body.trimStart().startsWith('[')) {
      return finish(
        request,
        json(
          400,
          'Satu operasi per permintaan: batching tidak didukung. / One operation per request: batching is not supported.',
        ),
      )
    }
    const login = loginEmail(body)
    if (login) {
      const loginLimited = await limitLogin(request, login.email)
      if (loginLimited) return finish(request, loginLimited)
    }
    const operation = operationOf(body)
    if (operation?.kind === 'query' && !carriesLogin(request)) {
      const { answer, hit } = await cachedAnswer(config, operation, request, body)
      noteAlias(graphqlPostAlias(body), operation.key)
      const headers = new Headers({ 'content-type': answer.contentType, etag: answer.etag })
      headers.set('x-cache', hit ? 'hit' : 'miss')
      return finish(request, new Response(answer.body, { status: answer.status, headers }))
    }
    try {
      return finish(request, await run(config, request, body))
    } finally {
      // A mutation has committed by now: what it changed is visible at once on this instance.
      if (operation?.kind !== 'query') afterWrite()
    }
  },

  /**
   * `GET /api/graphql?query=…&variables=…`: anonymous read queries, cacheable by a CDN, with an
   * ETag; 304 when the client already has the same answer.
   */
  GET: async (request: Request) => {
    const limited = await refuseOverLimit(request)
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
    const operation = operationOf(body)
    const { answer, hit } = await cachedAnswer(config, operation!, anonymous, body)
    noteAlias(graphqlGetAlias(new URL(request.url)), operation!.key)
    const headers = new Headers({ 'content-type': answer.contentType, etag: answer.etag })
    headers.set('x-cache', hit ? 'hit' : 'miss')
    const cacheable = answer.status === 200 && answer.cacheable !== false
    headers.set('cache-control', cacheable ? PUBLIC_CACHE_CONTROL : 'no-store')
    if (cacheable && request.headers.get('if-none-match') === answer.etag) {
      return finish(request, new Response(null, { status: 304, headers }))
    }
    return finish(request, new Response(answer.body, { status: answer.status, headers }))
  },

  OPTIONS: async (request: Request) =>
    finish(
      request,
      await REST_OPTIONS(config)(request, { params: Promise.resolve({ slug: [] }) } as never),
    ),
})
