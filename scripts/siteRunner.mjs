// The build runner: rebuilds the static guide when the CMS signals a published change.
// Signals are coalesced: a burst becomes one build, and a signal that arrives during a build
// makes exactly one more build after it, so no change is lost and the last state wins.
import { createServer } from 'node:http'

/**
 * @param {object} options
 * @param {() => Promise<import('./siteRunner.d.mts').BuildResult>} options.build a build, with
 *   the report it wrote (site/scripts/build.mjs: page counts, or the error that stopped it)
 * @param {number} [options.debounceMs] how long to wait for more signals before building
 * @param {(status: object) => void} [options.onStatus] called after every build
 */
export const createRunner = ({ build, debounceMs = 300, onStatus = () => {} }) => {
  let building = false
  let pending = false
  let timer = null
  let builds = 0
  let last = { status: 'none' }
  const reasons = []

  const run = async () => {
    timer = null
    building = true
    pending = false
    const why = reasons.splice(0).join('; ')
    const startedAt = new Date().toISOString()
    last = { status: 'building', startedAt, reason: why }
    const result = await build()
    builds += 1
    const error = result.ok ? '' : (result.report?.error ?? 'the build stopped without a report')
    last = {
      status: result.ok ? 'success' : 'failed',
      startedAt,
      finishedAt: new Date().toISOString(),
      durationSeconds: result.seconds,
      reason: why,
      error,
      builds,
    }
    if (!result.ok) console.error(`[site] Rebuild failed (${why}): ${error}`)
    else {
      const { pagesRendered, pagesReused } = result.report ?? {}
      console.log(
        `[site] Rebuilt in ${result.seconds.toFixed(1)} s (${why}; ${pagesRendered} pages rendered, ${pagesReused} reused)`,
      )
    }
    onStatus(last)
    building = false
    if (pending) schedule()
  }

  const schedule = () => {
    if (timer) return
    timer = setTimeout(run, debounceMs)
  }

  return {
    /** A change was published: build soon (or once more after the build under way). */
    signal(reason = 'change') {
      reasons.push(reason)
      if (building) pending = true
      else schedule()
    },
    status: () => ({ ...last, building, pending, builds }),
    /** Resolves when no build is running or waiting. */
    settled: async () => {
      while (building || pending || timer) await new Promise((resolve) => setTimeout(resolve, 100))
    },
  }
}

/**
 * Listens on `port` (loopback) for `POST /rebuild` with the shared secret in `x-rebuild-secret`,
 * and answers `GET /status`.
 */
export const serveRunner = ({ runner, port, secret, host = '127.0.0.1' }) =>
  new Promise((resolve) => {
    const server = createServer((request, response) => {
      if (request.method === 'GET' && request.url === '/status') {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify(runner.status()))
        return
      }
      if (request.method === 'POST' && request.url?.startsWith('/rebuild')) {
        if (request.headers['x-rebuild-secret'] !== secret) {
          response.writeHead(401).end()
          return
        }
        let body = ''
        request.on('data', (chunk) => (body += chunk))
        request.on('end', () => {
          let reason = 'change'
          try {
            reason = JSON.parse(body).reason ?? reason
          } catch {
            // a signal without a body is still a signal
          }
          runner.signal(reason)
          response.writeHead(202, { 'content-type': 'application/json' })
          response.end(JSON.stringify({ accepted: true }))
        })
        return
      }
      response.writeHead(404).end()
    })
    server.listen(port, host, () => resolve(server))
  })

/**
 * Reports each build's status to the CMS (shown in the admin), retrying until the CMS answers:
 * a build that failed because the CMS was down is reported once it is back.
 */
export const statusReporter = ({ cmsUrl, secret, retryMs = 2000 }) => {
  let latest = null
  let sending = false
  const send = async () => {
    if (sending || !latest) return
    sending = true
    const status = latest
    try {
      const response = await fetch(`${cmsUrl}/api/globals/site-build-status/report`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-rebuild-secret': secret },
        body: JSON.stringify(status),
        signal: AbortSignal.timeout(5000),
      })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      if (latest === status) latest = null
    } catch {
      setTimeout(send, retryMs).unref()
    } finally {
      sending = false
    }
    if (latest && latest !== status) send()
  }
  return (status) => {
    latest = status
    send()
  }
}
