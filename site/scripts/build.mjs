#!/usr/bin/env node
// Builds the static guide into a new folder and switches site/dist to it only when everything
// succeeded: the Astro build (which reads the CMS), the copy of the images it uses, and the
// search index. A failed build leaves the previous site in place and exits non-zero.
//
// Builds are incremental (Astro's experimental incremental build): region and guide pages whose
// data and code are unchanged are copied from the previous build's cache instead of being
// rendered again. SITE_FULL_BUILD=1, a missing cache, or any change to the site's code, the
// shared package or the lockfile makes a full build.
//
// What the build did is a contract, not log text: the site's build-report integration
// (src/lib/buildReport.ts) writes build.json into the build, this script adds what it did after
// Astro (full or incremental, images, total time), and writes the whole report, or
// `{ ok: false, error }`, to SITE_BUILD_REPORT when that is set (the runner reads it).
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { Buffer } from 'node:buffer'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { build } from 'astro'

const SITE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BUILDS = process.env.SITE_BUILDS_DIR || path.join(SITE, '.builds')
const DIST = process.env.SITE_DIST || path.join(SITE, 'dist')
const BIN = path.join(SITE, 'node_modules', '.bin')
const CACHE = process.env.SITE_CACHE_DIR || path.join(BUILDS, 'cache')
const CODE_HASH_FILE = path.join(CACHE, 'pilkada-code-hash')

const log = (message) => console.log(`[site] ${message}`)

/** Runs a command beside this process; resolves with its exit status. */
const run = (command, args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: SITE,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    })
    child.on('error', () => resolve(1))
    child.on('exit', (code) => resolve(code ?? 1))
  })

/** A digest of everything that is code to the build: a change in it means a full build. */
const codeHash = () => {
  const hash = createHash('sha256')
  const add = (file) => {
    if (!existsSync(file)) return
    if (lstatSync(file).isDirectory()) {
      for (const entry of readdirSync(file).sort()) add(path.join(file, entry))
      return
    }
    hash.update(`${path.relative(SITE, file)}\0`)
    hash.update(readFileSync(file))
  }
  const shared = path.join(SITE, '..', 'shared')
  for (const file of [
    path.join(SITE, 'src'),
    path.join(SITE, 'astro.config.mjs'),
    path.join(SITE, 'package.json'),
    path.join(shared, 'src'),
    path.join(shared, 'package.json'),
    path.join(SITE, '..', 'pnpm-lock.yaml'),
  ])
    add(file)
  // The site's address is in every page (canonical and Open Graph URLs): another one is new code.
  // Without SITE_URL the address comes from SITE_PORT (astro.config.mjs).
  hash.update(`SITE_URL\0${process.env.SITE_URL ?? ''}\0${process.env.SITE_PORT ?? ''}`)
  return hash.digest('hex')
}

/** Copies the images that pages use from the CMS into the build, under /media. */
const copyMedia = async (snapshot, outDir) => {
  const origin = new URL(snapshot.source).origin
  const urls = new Set()
  for (const { data: candidate } of snapshot.candidates) {
    const photo = candidate.photo
    if (!photo) continue
    for (const url of [photo.url, ...Object.values(photo.sizes ?? {}).map((size) => size?.url)]) {
      if (url) urls.add(url)
    }
  }
  mkdirSync(path.join(outDir, 'media'), { recursive: true })
  for (const url of urls) {
    const name = decodeURIComponent(url.split('?')[0].split('/').pop() ?? '')
    if (!/^[\w.-]+$/.test(name)) continue
    const response = await fetch(new URL(url, origin))
    if (!response.ok) throw new Error(`image ${url}: HTTP ${response.status}`)
    writeFileSync(path.join(outDir, 'media', name), Buffer.from(await response.arrayBuffer()))
  }
  return urls.size
}

const COMPRESSIBLE = /\.(html|css|m?js|json|csv|ics|svg|txt|xml)$/

/** Every file under `dir`, as paths relative to it. */
const filesUnder = (dir, prefix = '') =>
  readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name)
    return entry.isDirectory() ? filesUnder(dir, relative) : [relative]
  })

// Measured on the seeded guide (1,158 files, 2 cores): quality 11 takes ~15× as long as 6 for
// files 10% smaller; 6 keeps a full build's compression at a second or two.
const BROTLI_QUALITY = 6

/**
 * Writes a Brotli (.br) and a gzip (.gz) twin beside every text file, which the server sends as
 * they are: compression once per build instead of once per request. A file that is byte for
 * byte the one of the previous build takes that build's twins.
 */
const precompress = async (outDir, previousDir, under = '') => {
  const brotli = promisify(brotliCompress)
  const gz = promisify(gzip)
  // build.json is written again once this is done: it has no twins. Pagefind's folder is
  // compressed on its own, once Pagefind (which runs meanwhile) has written it.
  const files = filesUnder(outDir, under).filter(
    (file) =>
      COMPRESSIBLE.test(file) && file !== 'build.json' && (under || !file.startsWith('pagefind/')),
  )
  let reused = 0
  const compress = async (file) => {
    const source = readFileSync(path.join(outDir, file))
    const previous = previousDir && path.join(previousDir, file)
    if (
      previous &&
      existsSync(`${previous}.br`) &&
      existsSync(`${previous}.gz`) &&
      readFileSync(previous).equals(source)
    ) {
      copyFileSync(`${previous}.br`, path.join(outDir, `${file}.br`))
      copyFileSync(`${previous}.gz`, path.join(outDir, `${file}.gz`))
      reused += 1
      return
    }
    const [br, gzipped] = await Promise.all([
      brotli(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        },
      }),
      gz(source, { level: 6 }),
    ])
    writeFileSync(path.join(outDir, `${file}.br`), br)
    writeFileSync(path.join(outDir, `${file}.gz`), gzipped)
  }
  // zlib works on libuv's thread pool: a few files at a time keep every core busy.
  const queue = [...files]
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (queue.length) await compress(queue.pop())
    }),
  )
  return { files: files.length, reused }
}

/** Points DIST at the new build in one rename, so that a server never sees half a site. */
const switchTo = (outDir) => {
  if (existsSync(DIST) && !lstatSync(DIST).isSymbolicLink()) {
    renameSync(DIST, path.join(BUILDS, `previous-${Date.now()}`))
  }
  const link = `${DIST}.next-link`
  rmSync(link, { force: true })
  symlinkSync(path.relative(path.dirname(DIST), outDir), link)
  renameSync(link, DIST)
  // Keep the newest two builds: the one served and the one before it.
  const builds = readdirSync(BUILDS)
    .filter((name) => !name.endsWith('.json') && path.join(BUILDS, name) !== CACHE)
    .sort()
  for (const old of builds.slice(0, -2))
    rmSync(path.join(BUILDS, old), { recursive: true, force: true })
}

// Whoever started this build may ask for its report (SITE_BUILD_REPORT); the data layer writes a
// CMS failure there too, so without a reader it goes to a scratch file.
const REPORT_ASKED = Boolean(process.env.SITE_BUILD_REPORT)

/** Writes the report for whoever started this build, or removes the scratch file. */
const report = (result) => {
  if (REPORT_ASKED) writeFileSync(process.env.SITE_BUILD_REPORT, JSON.stringify(result))
  else rmSync(process.env.SITE_BUILD_REPORT, { force: true })
}

const main = async () => {
  const started = Date.now()
  mkdirSync(BUILDS, { recursive: true })
  const id = new Date().toISOString().replace(/[:.]/g, '-')
  const outDir = path.join(BUILDS, id)
  // The static guide; its sibling server/ holds the draft preview route (astro.config.mjs), which
  // the runner serves and the static server never sees: site/dist points at client/.
  const clientDir = path.join(outDir, 'client')
  const keepSnapshot = Boolean(process.env.SITE_SNAPSHOT_OUT)
  const snapshotOut = process.env.SITE_SNAPSHOT_OUT || path.join(BUILDS, `${id}.snapshot.json`)
  const seconds = () => (Date.now() - started) / 1000
  const fail = (message) => {
    rmSync(outDir, { recursive: true, force: true })
    report({ ok: false, error: message, seconds: seconds() })
    console.error(`[site] Build failed: ${message}`)
    console.error(
      `[site] The previous site${existsSync(DIST) ? ` (${DIST})` : ''} is left as it was.`,
    )
    process.exit(1)
  }

  const code = codeHash()
  const previousCode = existsSync(CODE_HASH_FILE) ? readFileSync(CODE_HASH_FILE, 'utf8') : ''
  const full = process.env.SITE_FULL_BUILD === '1' || previousCode !== code
  if (full)
    log(
      `Full build (${process.env.SITE_FULL_BUILD === '1' ? 'SITE_FULL_BUILD=1' : previousCode ? 'the code changed' : 'no previous build'})`,
    )
  Object.assign(process.env, {
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: CACHE,
    SITE_SNAPSHOT_OUT: process.env.SITE_SNAPSHOT ? '' : snapshotOut,
    ASTRO_TELEMETRY_DISABLED: '1',
  })
  process.env.SITE_BUILD_REPORT ||= path.join(BUILDS, `${id}.report.json`)
  // Seconds per stage, in build.json: where a slow build spends its time.
  const stages = {}
  const lap = (() => {
    let last = Date.now()
    return (stage) => {
      const now = Date.now()
      stages[stage] = (now - last) / 1000
      last = now
    }
  })()
  try {
    // Warnings and errors only: Astro's line per page says nothing that build.json does not.
    await build({ root: SITE, logLevel: process.env.SITE_LOG_LEVEL || 'warn', force: full })
  } catch (error) {
    const file = process.env.SITE_BUILD_REPORT
    const recorded = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).error : undefined
    if (!recorded) console.error(error)
    fail(recorded ?? `astro build: ${error instanceof Error ? error.message : error}`)
  }
  lap('astro')
  mkdirSync(CACHE, { recursive: true })
  writeFileSync(CODE_HASH_FILE, code)

  const snapshot = JSON.parse(readFileSync(process.env.SITE_SNAPSHOT || snapshotOut, 'utf8'))
  let images = 0
  try {
    images = await copyMedia(snapshot, clientDir)
    if (images) log(`${images} images copied from the CMS`)
  } catch (error) {
    fail(`copying images: ${error.message}`)
  }
  lap('images')
  // Pagefind indexes the pages while this process compresses them: two cores, two jobs.
  const previous = existsSync(DIST) ? realpathSync(DIST) : undefined
  const indexing = run(path.join(BIN, 'pagefind'), ['--site', clientDir, '--silent'])
  const pages = await precompress(clientDir, previous)
  lap('compress')
  if ((await indexing) !== 0) fail('pagefind could not index the site')
  lap('pagefind (after compress)')
  const index = await precompress(clientDir, previous, 'pagefind')
  const compressed = { files: pages.files + index.files, reused: pages.reused + index.reused }
  const astro = JSON.parse(readFileSync(path.join(clientDir, 'build.json'), 'utf8'))
  lap('compress pagefind')
  const stats = { ok: true, ...astro, full, images, compressed, stages, seconds: seconds() }
  writeFileSync(path.join(clientDir, 'build.json'), JSON.stringify(stats))
  switchTo(clientDir)
  if (!keepSnapshot) rmSync(snapshotOut, { force: true })
  report(stats)
  log(
    `Built in ${stats.seconds.toFixed(1)} s from ${stats.source} (${stats.requests} GraphQL requests; ${stats.pagesRendered} pages rendered, ${stats.pagesReused} unchanged pages reused): ${DIST}`,
  )
}

await main()
// Astro's build leaves handles open (Vite, workers): the build is over.
process.exit(0)
