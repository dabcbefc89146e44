#!/usr/bin/env node
// Builds the static guide into a new folder and switches site/dist to it only when everything
// succeeded: the Astro build (which reads the CMS), the copy of the images it uses, and the
// search index. A failed build leaves the previous site in place and exits non-zero.
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { Buffer } from 'node:buffer'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SITE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BUILDS = process.env.SITE_BUILDS_DIR || path.join(SITE, '.builds')
const DIST = process.env.SITE_DIST || path.join(SITE, 'dist')
const BIN = path.join(SITE, 'node_modules', '.bin')

const log = (message) => console.log(`[site] ${message}`)

const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: SITE, stdio: 'inherit', env: { ...process.env, ...env } }).status

/** Copies the images that pages use from the CMS into the build, under /media. */
const copyMedia = async (snapshot, outDir) => {
  const origin = new URL(snapshot.source).origin
  const urls = new Set()
  for (const candidate of [...snapshot.candidates.id, ...snapshot.candidates.en]) {
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
    .filter((name) => !name.endsWith('.json'))
    .sort()
  for (const old of builds.slice(0, -2))
    rmSync(path.join(BUILDS, old), { recursive: true, force: true })
}

const main = async () => {
  const started = Date.now()
  mkdirSync(BUILDS, { recursive: true })
  const id = new Date().toISOString().replace(/[:.]/g, '-')
  const outDir = path.join(BUILDS, id)
  const snapshotOut = process.env.SITE_SNAPSHOT_OUT || path.join(BUILDS, `${id}.snapshot.json`)
  const fail = (message) => {
    rmSync(outDir, { recursive: true, force: true })
    console.error(`[site] Build failed: ${message}`)
    console.error(
      `[site] The previous site${existsSync(DIST) ? ` (${DIST})` : ''} is left as it was.`,
    )
    process.exit(1)
  }

  const status = run(path.join(BIN, 'astro'), ['build'], {
    SITE_OUT_DIR: outDir,
    SITE_SNAPSHOT_OUT: process.env.SITE_SNAPSHOT ? '' : snapshotOut,
    ASTRO_TELEMETRY_DISABLED: '1',
  })
  if (status !== 0) fail('astro build exited with an error (see above)')

  const snapshot = JSON.parse(readFileSync(process.env.SITE_SNAPSHOT || snapshotOut, 'utf8'))
  try {
    const images = await copyMedia(snapshot, outDir)
    if (images) log(`${images} images copied from the CMS`)
  } catch (error) {
    fail(`copying images: ${error.message}`)
  }
  if (run(path.join(BIN, 'pagefind'), ['--site', outDir, '--silent']) !== 0)
    fail('pagefind could not index the site')

  switchTo(outDir)
  if (!process.env.SITE_SNAPSHOT_OUT) rmSync(snapshotOut, { force: true })
  const stats = {
    seconds: (Date.now() - started) / 1000,
    requests: snapshot.requests,
    source: snapshot.source,
  }
  writeFileSync(
    path.join(outDir, 'build.json'),
    JSON.stringify({ builtAt: new Date().toISOString(), ...stats }),
  )
  log(
    `Built in ${stats.seconds.toFixed(1)} s from ${stats.source} (${stats.requests} GraphQL requests): ${DIST}`,
  )
}

await main()
