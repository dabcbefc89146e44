import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { clientAddress } from './clientAddress'

/**
 * Rate limits per client (see clientAddress.ts) with rate-limiter-flexible. Each CMS instance
 * counts in its own memory; several instances behind one load balancer share a store by
 * calling `useLimiterStore` at start-up with a factory of another limiter class of the library
 * (RateLimiterRedis, RateLimiterMongo, …: same options, same `consume`).
 */
export type LimiterOptions = { keyPrefix: string; points: number; duration: number }
export type LimiterStore = (options: LimiterOptions) => RateLimiterAbstract

const env = (name: string, fallback: number) => Number(process.env[name] || fallback)

/** Points per window in seconds, read when a limiter is first used. */
const POLICIES = {
  api: () => ({ points: env('RATE_LIMIT_PER_MINUTE', 600), duration: 60 }),
  loginPerClient: () => ({ points: env('LOGIN_RATE_PER_CLIENT', 30), duration: 15 * 60 }),
  loginPerEmail: () => ({ points: env('LOGIN_RATE_PER_EMAIL', 10), duration: 15 * 60 }),
  report: () => ({ points: env('REPORT_RATE_PER_HOUR', 10), duration: 60 * 60 }),
}
type Policy = keyof typeof POLICIES

// On globalThis: each route is bundled apart, and all of them must count in the same place.
const STATE = Symbol.for('pilkada.rateLimiters')
type State = { store: LimiterStore; limiters: Map<Policy, RateLimiterAbstract> }
const state = (): State => {
  const global = globalThis as typeof globalThis & { [STATE]?: State }
  global[STATE] ??= { store: (options) => new RateLimiterMemory(options), limiters: new Map() }
  return global[STATE]
}

export const useLimiterStore = (store: LimiterStore) => {
  state().store = store
  state().limiters.clear()
}

const limiter = (policy: Policy) => {
  const { store, limiters } = state()
  let found = limiters.get(policy)
  if (!found) {
    found = store({ keyPrefix: `pilkada-${policy}`, ...POLICIES[policy]() })
    limiters.set(policy, found)
  }
  return found
}

const enabled = () => process.env.RATE_LIMIT !== 'off'

/** Seconds to wait when `key` has used up `policy`, else null. */
const consume = async (policy: Policy, key: string): Promise<null | number> => {
  try {
    await limiter(policy).consume(key)
    return null
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    throw error
  }
}

const tooMany = (message: string, retryAfter: number) =>
  Response.json(
    { errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] },
    { status: 429, headers: { 'retry-after': String(retryAfter) } },
  )

const requestsRefused = (retryAfter: number) =>
  tooMany(
    `Terlalu banyak permintaan; coba lagi dalam ${retryAfter} detik. / Too many requests.`,
    retryAfter,
  )

/** Every request to /api: a 429 when its client has used up RATE_LIMIT_PER_MINUTE, else null. */
export const limitApi = async (request: Request): Promise<null | Response> => {
  if (!enabled()) return null
  const retryAfter = await consume('api', clientAddress(request))
  return retryAfter === null ? null : requestsRefused(retryAfter)
}

/** The same count for a client known by its address: seconds to wait, or null. */
export const apiRetryAfter = async (address: string): Promise<null | number> =>
  enabled() ? consume('api', address) : null

/**
 * A login attempt (REST or GraphQL): counted per client and per e-mail address, so that neither
 * one client trying many accounts nor many clients trying one account get far.
 */
export const limitLogin = async (request: Request, email: unknown): Promise<null | Response> => {
  if (!enabled()) return null
  const waits = [await consume('loginPerClient', clientAddress(request))]
  if (typeof email === 'string' && email.trim()) {
    waits.push(await consume('loginPerEmail', email.trim().toLowerCase()))
  }
  const retryAfter = Math.max(...waits.map((wait) => wait ?? 0))
  if (!retryAfter) return null
  return tooMany(
    `Terlalu banyak percobaan masuk; coba lagi dalam ${retryAfter} detik. / Too many login attempts.`,
    retryAfter,
  )
}

/** For the public "report misinformation" form: REPORT_RATE_PER_HOUR reports per client. */
export const limitReport = async (request: Request): Promise<null | Response> => {
  if (!enabled()) return null
  const retryAfter = await consume('report', clientAddress(request))
  return retryAfter === null ? null : requestsRefused(retryAfter)
}
