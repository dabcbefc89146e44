import http from 'node:http'
import { createServer } from 'node:net'

import { inject } from 'vitest'

import { DEMO_ACCOUNTS, type AccountKey } from '@pilkada/shared'

/** The seeded CMS server that the suite shares; not given to files that run beside others. */
export const cmsUrl = () => {
  const url = inject('cmsUrl')
  if (!url)
    throw new Error(
      'This file runs beside others on a database of its own (tests/projects.mjs, OWN_DATABASE): ' +
        'pass the base of its own CMS, or take it off that list to use the shared server.',
    )
  return url
}

export type GraphQLResult<T = Record<string, any>> = {
  data?: T
  errors?: { message: string; path?: (number | string)[]; extensions?: Record<string, unknown> }[]
}

/** POSTs a GraphQL document to the running CMS, anonymously or with an editor's token. */
export const graphql = async <T = Record<string, any>>(
  query: string,
  {
    token,
    variables,
    base = cmsUrl(),
  }: { token?: string; variables?: Record<string, unknown>; base?: string } = {},
): Promise<GraphQLResult<T>> => {
  const response = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  })
  return (await response.json()) as GraphQLResult<T>
}

/** A REST request to the running CMS; returns the status and the parsed body. */
export const rest = async (
  method: string,
  pathAndQuery: string,
  { token, body, base = cmsUrl() }: { token?: string; body?: unknown; base?: string } = {},
) => {
  const isForm = body instanceof FormData
  const response = await fetch(`${base}/api${pathAndQuery}`, {
    method,
    headers: {
      ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: any
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = text
  }
  return { status: response.status, body: parsed }
}

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'pilkada-demo-2024'

const tokens = new Map<string, string>()

/**
 * Forgets the tokens of the server at `base`. The cms project's files share their worker's
 * modules (isolate: false), so a later file's server on the same port must not get them.
 */
export const forgetLogins = (base: string) => {
  for (const key of tokens.keys()) if (key.startsWith(`${base} `)) tokens.delete(key)
}

/** Logs in a demo account over REST (once per server and worker) and returns its token. */
export const login = async (
  account: Exclude<AccountKey, 'anonymous'> = 'admin',
  base = cmsUrl(),
) => {
  const cached = tokens.get(`${base} ${account}`)
  if (cached) return cached
  const email = DEMO_ACCOUNTS[account].email
  const { status, body } = await rest('POST', '/users/login', {
    body: { email, password: DEMO_PASSWORD },
    base,
  })
  if (status !== 200 || !body?.token) throw new Error(`login as ${email} failed: ${status}`)
  tokens.set(`${base} ${account}`, body.token)
  return body.token as string
}

/**
 * Publishes through the two-person workflow: a KPU contributor writes the draft and submits it
 * for review, the KPU national publisher publishes it. Returns the document.
 */
export const createPublished = async (collection: string, data: Record<string, unknown>) => {
  const draft = await rest('POST', `/${collection}?draft=true`, {
    token: await login('kpu.kontributor'),
    body: { ...data, _status: 'draft', reviewState: 'submitted' },
  })
  if (draft.status !== 201)
    throw new Error(`draft ${collection}: ${draft.status} ${JSON.stringify(draft.body)}`)
  const published = await rest('PATCH', `/${collection}/${draft.body.doc.id}`, {
    token: await login('kpu'),
    body: { _status: 'published' },
  })
  if (published.status !== 200)
    throw new Error(`publish ${collection}: ${published.status} ${JSON.stringify(published.body)}`)
  return published.body.doc
}

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/**
 * An HTTP request as a browser or a proxy sends it, headers as given, from a chosen loopback
 * address (a test plays a trusted proxy at 127.0.0.2).
 */
export const send = (
  url: string,
  {
    method = 'GET',
    headers = {},
    body,
    from = '127.0.0.1',
  }: {
    method?: string
    headers?: Record<string, string>
    body?: Buffer | string
    from?: string
  } = {},
) =>
  new Promise<Answer>((resolve, reject) => {
    const request = http.request(url, { method, headers, localAddress: from }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: text }),
      )
    })
    request.on('error', reject)
    request.end(body)
  })

/**
 * A loopback port that no process listens on now (the system picks it), for a server a test
 * starts: files of the cms project run side by side, so fixed or random ports could collide.
 */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
