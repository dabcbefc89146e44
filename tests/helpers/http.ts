import { inject } from 'vitest'

export const cmsUrl = () => inject('cmsUrl')

export type GraphQLResult<T = Record<string, any>> = {
  data?: T
  errors?: { message: string; extensions?: Record<string, unknown> }[]
}

/** POSTs a GraphQL document to the running CMS, anonymously or with an editor's token. */
export const graphql = async <T = Record<string, any>>(
  query: string,
  { token, variables }: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<GraphQLResult<T>> => {
  const response = await fetch(`${cmsUrl()}/api/graphql`, {
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
  { token, body }: { token?: string; body?: unknown } = {},
) => {
  const response = await fetch(`${cmsUrl()}/api${pathAndQuery}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
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

/** Logs in over REST and returns the token. */
export const login = async (email = 'admin@pilkada.test', password = DEMO_PASSWORD) => {
  const { status, body } = await rest('POST', '/users/login', { body: { email, password } })
  if (status !== 200 || !body?.token) throw new Error(`login as ${email} failed: ${status}`)
  return body.token as string
}
