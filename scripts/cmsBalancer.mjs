#!/usr/bin/env node
// Several CMS instances behind one port, as a load balancer would put them in production:
// `CMS_INSTANCES=2 npm start` runs this on the pinned Node with BALANCER_PORT and
// BALANCER_TARGETS (comma-separated URLs). Requests go round-robin; the client's address is
// passed on in X-Forwarded-For, which the instances trust from loopback (TRUSTED_PROXIES).
import http from 'node:http'

import { createProxyServer } from 'http-proxy-3'

const port = Number(process.env.BALANCER_PORT)
const targets = (process.env.BALANCER_TARGETS || '').split(',').filter(Boolean)
if (!port || targets.length === 0) {
  console.error(
    'usage: BALANCER_PORT=3000 BALANCER_TARGETS=http://127.0.0.1:3001,… cmsBalancer.mjs',
  )
  process.exit(2)
}

const proxy = createProxyServer({ xfwd: true, proxyTimeout: 120_000 })
proxy.on('error', (error, _req, res) => {
  if ('writeHead' in res && !res.headersSent) {
    res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
  }
  res.end(`CMS instance unavailable: ${error.message}`)
})

let next = 0
const server = http.createServer((req, res) => {
  const target = targets[next++ % targets.length]
  proxy.web(req, res, { target })
})
server.listen(port, () => console.log(`[balancer] :${port} → ${targets.join(', ')}`))
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => server.close(() => process.exit(0)))
