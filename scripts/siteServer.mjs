// The static server of the built guide (site/dist), on sirv: precompressed Brotli and gzip files
// (made by site/scripts/build.mjs), ETags, and cache headers by kind of file. The folder is
// resolved on every request, so a build that swaps in a new folder is served from the next
// request on.
import { createReadStream, existsSync, realpathSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

/** Files whose name changes with their content: a browser may keep them for a year. */
const HASHED = /^\/_astro\/|^\/pagefind\/(fragment|index)\/|^\/pagefind\/pagefind\.[\w-]+\.pf_meta$/

const ONE_YEAR = 60 * 60 * 24 * 365

/** Cache-Control for a path of the guide. */
export const cacheControl = (pathname) => {
  if (HASHED.test(pathname)) return `public, max-age=${ONE_YEAR}, immutable`
  // Pages change with every publish: a browser asks each time, and gets a 304 while unchanged.
  if (pathname.endsWith('/') || pathname.endsWith('.html')) return 'no-cache'
  // Open data, the calendar, images and Pagefind's entry files keep their names across builds.
  return 'public, max-age=300, must-revalidate'
}

// sirv knows no charset but HTML's, and none of Pagefind's own extensions.
const TYPES = {
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

const setHeaders = (response, pathname) => {
  response.setHeader('Cache-Control', cacheControl(pathname))
  response.setHeader('X-Content-Type-Options', 'nosniff')
  const extension = path.extname(pathname)
  const type =
    TYPES[extension] ?? (/^\.(pf_\w+|pagefind)$/.test(extension) && 'application/octet-stream')
  if (type) response.setHeader('Content-Type', type)
}

/** One sirv handler per build folder: sirv reads a folder's file list once. */
const handlerFor = (root) =>
  sirv(root, {
    etag: true,
    gzip: true,
    brotli: true,
    // `/wilayah/` is `/wilayah/index.html` (and its .br or .gz twin).
    extensions: ['html'],
    setHeaders,
    onNoMatch: (request, response) => {
      const page = path.join(root, '404.html')
      response.writeHead(404, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      })
      if (request.method === 'HEAD' || !existsSync(page)) response.end()
      else createReadStream(page).pipe(response)
    },
  })

/**
 * Serves `getRoot()` (a function, so that the folder can change between requests) on `port`.
 * Resolves with the http.Server once it listens.
 */
export const serveSite = ({ getRoot, port, host = '0.0.0.0' }) => {
  let current = { root: '', handle: null }
  const server = createServer((request, response) => {
    let root
    try {
      root = realpathSync(getRoot())
    } catch {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' })
      response.end('Panduan sedang dibuat. Coba lagi sebentar lagi. / The guide is being built.')
      return
    }
    if (current.root !== root) current = { root, handle: handlerFor(root) }
    // Pages live at their folder's URL (trailingSlash: 'always'): /wilayah → /wilayah/.
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost')
    if (!pathname.endsWith('/') && !path.posix.extname(pathname)) {
      let decoded
      try {
        decoded = decodeURIComponent(pathname)
      } catch {
        decoded = ''
      }
      const index = path.join(root, path.posix.normalize(`/${decoded}`), 'index.html')
      if (decoded && existsSync(index)) {
        response.writeHead(301, { location: `${pathname}/${search}` })
        response.end()
        return
      }
    }
    current.handle(request, response)
  })
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)))
}
