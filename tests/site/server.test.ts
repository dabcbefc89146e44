import { randomUUID } from 'node:crypto'
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { get as httpGet, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { serveSite } from '../../scripts/siteServer.mjs'
import { read, siteDist } from '../helpers/site'

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** A plain GET that leaves the body as sent (fetch would decompress it). */
const get = (url: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    httpGet(url, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      )
    }).on('error', reject)
  })

const listen = async (getRoot: () => string) => {
  const server = await serveSite({ getRoot, port: 0, host: '127.0.0.1' })
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

/** The static server of the guide (scripts/siteServer.mjs), on the built test site. */
describe('the guide server', () => {
  let server: Server
  let base: string
  const page = '/wilayah/kota-bandung/'

  beforeAll(async () => {
    ;({ server, base } = await listen(siteDist))
  })
  afterAll(() => {
    server?.close()
  })

  it('should send a page Brotli-compressed to a browser that accepts it', async () => {
    const answer = await get(`${base}${page}`, { 'accept-encoding': 'gzip, deflate, br' })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe('br')
    expect(answer.headers.vary).toBe('Accept-Encoding')
    expect(answer.headers['content-type']).toBe('text/html;charset=utf-8')
    expect(brotliDecompressSync(answer.body).toString()).toBe(read(`${page}index.html`))
  })

  it('should send gzip to a client without Brotli, and the plain file to one without either', async () => {
    const gzipped = await get(`${base}${page}`, { 'accept-encoding': 'gzip' })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzipped.body).toString()).toBe(read(`${page}index.html`))
    const plain = await get(`${base}${page}`)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(read(`${page}index.html`))
  })

  it('should have browsers revalidate pages, and answer an unchanged page with 304', async () => {
    const first = await get(`${base}${page}`)
    expect(first.headers['cache-control']).toBe('no-cache')
    expect(first.headers.etag).toBeTruthy()
    const again = await get(`${base}${page}`, { 'if-none-match': String(first.headers.etag) })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  it('should let browsers keep the search index files, whose names change with their content, for a year', async () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json'))
    const meta = `/pagefind/pagefind.${entry.languages.id.hash}.pf_meta`
    const answer = await get(`${base}${meta}`)
    expect(answer.status).toBe(200)
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(answer.headers['content-type']).toBe('application/octet-stream')
    // The entry file keeps its name from build to build: not immutable.
    const named = await get(`${base}/pagefind/pagefind-entry.json`)
    expect(named.headers['cache-control']).toBe('public, max-age=300, must-revalidate')
  })

  it('should send open data and the calendar with their types and charset, for five minutes', async () => {
    const csv = await get(`${base}/data/regions.csv`)
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(csv.headers['cache-control']).toBe('public, max-age=300, must-revalidate')
    const ics = await get(`${base}/kalender.ics`)
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8')
  })

  it('should answer a missing page with the 404 page, and a folder without its slash with a redirect', async () => {
    const missing = await get(`${base}/wilayah/tidak-ada/`)
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toContain('Halaman tidak ditemukan')
    const escaping = await get(`${base}/..%2f..%2fetc/passwd`)
    expect(escaping.status).toBe(404)
    const folder = await get(`${base}/wilayah`)
    expect(folder.status).toBe(301)
    expect(folder.headers.location).toBe('/wilayah/')
  })

  it('should serve a new build from the next request once the site folder is switched to it', async () => {
    const work = path.join(inject('workDir'), `server-${randomUUID()}`)
    for (const build of ['one', 'two']) {
      mkdirSync(path.join(work, build), { recursive: true })
      writeFileSync(path.join(work, build, 'index.html'), `<p>build ${build}</p>`)
    }
    const dist = path.join(work, 'dist')
    symlinkSync(path.join(work, 'one'), dist)
    const own = await listen(() => dist)
    try {
      expect((await get(`${own.base}/`)).body.toString()).toBe('<p>build one</p>')
      symlinkSync(path.join(work, 'two'), `${dist}.next`)
      renameSync(`${dist}.next`, dist)
      expect((await get(`${own.base}/`)).body.toString()).toBe('<p>build two</p>')
    } finally {
      own.server.close()
    }
  })

  it('should say that the guide is being built while there is no build yet', async () => {
    const own = await listen(() => path.join(inject('workDir'), `no-build-${randomUUID()}`))
    try {
      const answer = await get(`${own.base}/`)
      expect(answer.status).toBe(503)
      expect(answer.body.toString()).toContain('Panduan sedang dibuat')
    } finally {
      own.server.close()
    }
  })
})
