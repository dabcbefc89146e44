#!/usr/bin/env node
// The CMS's HTTP server: Next.js's own request handler (as `next start` runs it), with the fast
// path of the cache of public reads in front (cms/src/cache/fastReads.ts): a cached anonymous
// read is answered from memory without Next.js's routing. Run by `startCms` in scripts/lib.mjs
// on the pinned Node, in the `cms/` folder, with PORT and, optionally, CMS_HOSTNAME.
// https://nextjs.org/docs/app/guides/custom-server
import http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'

const dir = process.cwd()
const next = createRequire(path.join(dir, 'package.json'))('next')
const port = Number(process.env.PORT || 3000)
const hostname = process.env.CMS_HOSTNAME || undefined

const app = next({ dev: false, dir, port, hostname })
const handle = app.getRequestHandler()
await app.prepare()

const FAST_READS = Symbol.for('pilkada.fastReads')
const server = http.createServer((request, response) => {
  // Registered by the CMS's start-up (instrumentation.ts), once Next.js has loaded it: false
  // for a request it leaves alone, else a promise of true (answered) or of the request that
  // Next.js is to handle instead.
  const fast = globalThis[FAST_READS]
  const answered = fast ? fast(request, response) : false
  if (answered === false) return handle(request, response)
  answered.then(
    (result) => result === true || handle(result, response),
    (error) => {
      console.error('[cms] the fast path failed:', error)
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        response.end('Kesalahan server. / Server error.')
      }
    },
  )
})
server.listen(port, hostname, () =>
  console.log(`[cms] ready on http://${hostname ?? 'localhost'}:${port}`),
)
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close()
    process.exit(0)
  })
