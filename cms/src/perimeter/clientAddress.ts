import { randomBytes } from 'node:crypto'
import http from 'node:http'

import proxyaddr from 'proxy-addr'

/**
 * The address of the client of a request, for rate limits. Next.js gives a route handler no
 * socket, and its server only fills in `X-Forwarded-For` with the socket's address
 * when the request has none (a client-sent header is passed on as it came). So the server's
 * `request` event records the address here, before Next.js sees the request: the socket's peer,
 * or, when that peer is one of TRUSTED_PROXIES, the address the trusted proxies forwarded
 * (walked from the right with proxy-addr). It travels to the route in a header whose name is
 * random per process, so that no client can send it.
 */
const HEADER = Symbol.for('pilkada.clientAddressHeader')
type WithHeader = typeof globalThis & { [HEADER]?: string }

export const trustedProxies = () =>
  (process.env.TRUSTED_PROXIES || '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)

const plain = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1')

/** Called once at start-up (instrumentation.ts); throws on a malformed TRUSTED_PROXIES. */
export const recordClientAddresses = () => {
  const global = globalThis as WithHeader
  if (global[HEADER]) return
  let trust: ReturnType<typeof proxyaddr.compile>
  try {
    trust = proxyaddr.compile(trustedProxies())
  } catch (error) {
    throw new Error(
      `TRUSTED_PROXIES must list IP addresses or CIDR ranges, comma-separated: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  }
  const header = `x-pilkada-client-${randomBytes(12).toString('hex')}`
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      request.headers[header] = plain(proxyaddr(request, trust) || 'unknown')
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  } as typeof emit
  global[HEADER] = header
}

/** The client's address as recorded at the socket, or `unknown` outside the CMS's server. */
export const clientAddress = (request: Request) => {
  const header = (globalThis as WithHeader)[HEADER]
  return (header && request.headers.get(header)) || 'unknown'
}

/** The same from a Node.js request's headers, for the fast path in front of Next.js. */
export const clientAddressOfHeaders = (headers: http.IncomingHttpHeaders) => {
  const header = (globalThis as WithHeader)[HEADER]
  const value = header ? headers[header] : undefined
  return (typeof value === 'string' && value) || 'unknown'
}
