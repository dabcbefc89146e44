// The build runner: rebuilds the static guide when the CMS signals a published change.
// Signals are coalesced: a burst becomes one build, and a signal that arrives during a build
// makes exactly one more build after it, so no change is lost and the last state wins.
import { spawn } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import { createServer, request as httpRequest } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { sameSecret } from './previewServer.mjs'

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
    // A burst of publishes of one document is one reason, not one per publish.
    const why = [...new Set(reasons.splice(0))].join('; ')
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

// A draft is a few hundred kilobytes at most (rich text); anything larger is not one.
const PREVIEW_MAX_BYTES = 2 * 1024 * 1024
const PREVIEW_SERVER = fileURLToPath(new URL('./previewServer.mjs', import.meta.url))

/**
 * `POST /draft-preview/` from the CMS, with the shared secret in `x-rebuild-secret` and
 * `{ collection, locale, doc }`: the draft rendered by the guide's own pages (the on-demand route
 * site/src/pages/draft-preview.astro of the build that `dist` points at). The CMS has checked that
 * the editor may read the draft; without the secret nothing is rendered.
 *
 * The route runs in a child process (scripts/previewServer.mjs) per build, replaced when a newer
 * build is previewed: a module once imported stays in memory, and the runner lives for weeks of
 * builds.
 *
 * @param {object} options
 * @param {() => string} options.getDist the served static guide (site/dist, a link to a build's
 *   client/ folder, whose sibling server/ holds the route)
 * @param {string} options.secret
 */
export const previewHandler = ({ getDist, secret }) => {
  /** @type {{ entry: string, child: import('node:child_process').ChildProcess, port: Promise<number> } | null} */
  let current = null
  const start = (entry) => {
    const child = spawn(process.execPath, [PREVIEW_SERVER, entry], {
      env: { ...process.env, PREVIEW_SECRET: secret },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    const port = new Promise((resolve, reject) => {
      child.once('message', (message) => resolve(message.port))
      child.once('exit', (code) => reject(new Error(`the preview server stopped (${code})`)))
    })
    port.catch(() => {})
    child.once('exit', () => {
      if (current?.child === child) current = null
    })
    return { entry, child, port }
  }
  const handler = async (request, response) => {
    if (request.method !== 'POST' || !sameSecret(request.headers['x-rebuild-secret'], secret)) {
      response.writeHead(request.method === 'POST' ? 401 : 405).end()
      return
    }
    const length = Number(request.headers['content-length'])
    if (!(length <= PREVIEW_MAX_BYTES)) {
      response.writeHead(length ? 413 : 411).end()
      return
    }
    const dist = getDist()
    const entry = existsSync(dist) && path.join(realpathSync(dist), '..', 'server', 'entry.mjs')
    if (!entry || !existsSync(entry)) {
      response.writeHead(503, { 'content-type': 'text/plain' }).end('no build of the guide yet')
      return
    }
    if (current?.entry !== entry) {
      current?.child.kill()
      current = start(entry)
    }
    const port = await current.port
    await new Promise((resolve, reject) => {
      const upstream = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/draft-preview/',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': String(length),
            'x-rebuild-secret': secret,
          },
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(response).on('finish', resolve)
        },
      )
      upstream.on('error', reject)
      request.pipe(upstream)
    })
  }
  /** Stops the preview server (the runner's or the tests' end). */
  handler.close = () => current?.child.kill()
  return handler
}

/**
 * Listens on `port` (loopback) for `POST /rebuild` with the shared secret in `x-rebuild-secret`,
 * answers `GET /status`, and with `preview` (previewHandler) renders drafts at `/draft-preview/`.
 */
export const serveRunner = ({ runner, port, secret, preview, host = '127.0.0.1' }) =>
  new Promise((resolve) => {
    const server = createServer((request, response) => {
      if (preview && request.url === '/draft-preview/') {
        preview(request, response).catch((error) => {
          console.error('[site] Draft preview failed:', error)
          if (!response.headersSent) response.writeHead(500)
          response.end()
        })
        return
      }
      if (request.method === 'GET' && request.url === '/status') {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify(runner.status()))
        return
      }
      if (request.method === 'POST' && request.url?.startsWith('/rebuild')) {
        if (!sameSecret(request.headers['x-rebuild-secret'], secret)) {
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
