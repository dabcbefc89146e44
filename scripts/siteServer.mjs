// A small static file server for the built guide (site/dist). It resolves the folder on every
// request, so a build that swaps in a new folder is served from the next request on.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
}

/** Finds the file for a URL path inside `root`, or null; never leaves `root`. */
export const resolveFile = (root, urlPath) => {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    return null
  }
  const target = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`)
  if (target !== root && !target.startsWith(root + path.sep)) return null
  if (existsSync(target) && statSync(target).isFile()) return { file: target }
  const index = path.join(target, 'index.html')
  if (existsSync(index))
    return decoded.endsWith('/') ? { file: index } : { redirect: `${decoded}/` }
  return null
}

/**
 * Serves `getRoot()` (a function, so that the folder can change between requests) on `port`.
 * Resolves with the http.Server once it listens.
 */
export const serveSite = ({ getRoot, port, host = '0.0.0.0' }) =>
  new Promise((resolve) => {
    const server = createServer((request, response) => {
      const root = path.resolve(getRoot())
      const found = resolveFile(root, request.url ?? '/')
      if (found?.redirect) {
        response.writeHead(301, { location: found.redirect })
        response.end()
        return
      }
      const file = found?.file ?? path.join(root, '404.html')
      const status = found ? 200 : 404
      if (!existsSync(file)) {
        response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        response.end('Panduan sedang dibuat. Coba lagi sebentar lagi. / The guide is being built.')
        return
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
      response.writeHead(status, {
        'content-type': type,
        // Pages change with every publish; search index files carry content hashes.
        'cache-control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=300',
        'x-content-type-options': 'nosniff',
      })
      if (request.method === 'HEAD') {
        response.end()
        return
      }
      createReadStream(file).pipe(response)
    })
    server.listen(port, host, () => resolve(server))
  })
