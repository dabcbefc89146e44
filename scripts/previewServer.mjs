// One build's draft preview route (site/src/pages/draft-preview.astro through Astro's Node
// adapter in middleware mode), in a process of its own that the build runner starts and replaces
// (scripts/siteRunner.mjs: previewHandler). Listens on a free loopback port, which it sends to
// the runner, and renders only requests that carry the shared secret.
import { Buffer } from 'node:buffer'
import { timingSafeEqual } from 'node:crypto'
import { createServer } from 'node:http'
import { pathToFileURL } from 'node:url'

/** Whether `given` is the secret, in a time that does not tell how much of it matched. */
export const sameSecret = (given, secret) =>
  typeof given === 'string' &&
  Boolean(secret) &&
  given.length === secret.length &&
  timingSafeEqual(Buffer.from(given), Buffer.from(secret))

const main = async () => {
  const [entry] = process.argv.slice(2)
  const secret = process.env.PREVIEW_SECRET
  const { handler } = await import(pathToFileURL(entry).href)
  const server = createServer((request, response) => {
    if (
      request.url !== '/draft-preview/' ||
      !sameSecret(request.headers['x-rebuild-secret'], secret)
    ) {
      response.writeHead(401).end()
      return
    }
    handler(request, response, () => response.writeHead(404).end(), { previewAllowed: true })
  })
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
  // The runner is gone: so is its preview.
  process.on('disconnect', () => process.exit(0))
}

if (process.send && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
