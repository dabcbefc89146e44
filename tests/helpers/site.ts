import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import { parse, type HTMLElement } from 'node-html-parser'
import { inject } from 'vitest'

export const siteDist = () => inject('siteDist')

/** The text of a built file, e.g. `read('wilayah/kota-bandung/index.html')`. */
export const read = (file: string) => readFileSync(path.join(siteDist(), file), 'utf8')

/** A built page, parsed, e.g. `page('/en/wilayah/kota-bandung/')`. */
export const page = (urlPath: string): HTMLElement => parse(read(path.join(urlPath, 'index.html')))

/** Size of a file once gzipped, as a server would send it. */
export const gzipSize = (file: string) =>
  gzipSync(readFileSync(path.join(siteDist(), file)), { level: 9 }).length

/** Every file of the build, with gzip-compressed ones (Pagefind's index) decompressed. */
export const allFiles = function* (dir = siteDist()): Generator<{ file: string; text: string }> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) {
      yield* allFiles(full)
      continue
    }
    let bytes = readFileSync(full)
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes)
    yield { file: path.relative(siteDist(), full), text: bytes.toString('utf8') }
  }
}

export const text = (element: HTMLElement | null | undefined) =>
  element?.text.replace(/\s+/g, ' ').trim() ?? ''
