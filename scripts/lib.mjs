// Helpers shared by the hub's commands and the test setup. Plain ESM for any Node ≥ 20: this
// file runs before the pinned Node 24 and the packages are installed.
import { spawn, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const CMS = path.join(ROOT, 'cms')
export const SITE = path.join(ROOT, 'site')
export const PNPM = ['-y', 'pnpm@10']
const BIN = path.join(ROOT, 'node_modules', '.bin')
/** The Node 24 binary that the `node` package pins (installed by ensureInstalled). */
export const NODE24 = path.join(ROOT, 'node_modules', 'node', 'bin', 'node')

export const log = (message) => console.log(`[hub] ${message}`)

/** Busy CPU-seconds of the whole machine since boot, from /proc/stat (Linux only). */
export const machineCpu = () => {
  try {
    const lines = readFileSync('/proc/stat', 'utf8').split('\n')
    // user nice system idle iowait irq softirq steal, in clock ticks (USER_HZ, 100 on Linux).
    const [user, nice, system, , , irq, softirq, steal] = lines[0].split(/\s+/).slice(1).map(Number)
    const cores = lines.filter((line) => /^cpu\d/.test(line)).length
    return { busy: (user + nice + system + irq + softirq + steal) / 100, cores }
  } catch {
    return undefined
  }
}

/** The environment for child processes: the pinned Node 24 first on PATH, no telemetry. */
export const childEnv = (extra = {}) => ({
  // npm's own variables (npm_config_*, npm_lifecycle_*) would make npx and pnpm act as if
  // inside an npm script of this package.
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
  PATH: `${BIN}${path.delimiter}${process.env.PATH}`,
  NEXT_TELEMETRY_DISABLED: '1',
  ...extra,
})

export const run = (command, args, { env, ...options } = {}) => {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    ...options,
    env: childEnv(env),
  })
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`)
  }
}

export const pnpm = (args, options) => run('npx', [...PNPM, ...args], options)

/** `pnpm` without blocking: resolves when it succeeds, rejects when it fails. */
export const pnpmAsync = (args, { env, ...options } = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn('npx', [...PNPM, ...args], {
      cwd: ROOT,
      stdio: 'inherit',
      ...options,
      env: childEnv(env),
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`pnpm ${args.join(' ')} failed with exit code ${code}`)),
    )
  })

/** Installs the workspace when node_modules is missing or older than the lockfile. */
export const ensureInstalled = () => {
  const marker = path.join(ROOT, 'node_modules', '.modules.yaml')
  const lock = path.join(ROOT, 'pnpm-lock.yaml')
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return
  log('Installing packages (pnpm 10, Node 24 from the npm registry)…')
  pnpm(['install', '--frozen-lockfile', '--config.confirmModulesPurge=false'])
}

const hashTree = (hash, target) => {
  const stat = statSync(target)
  if (stat.isDirectory()) {
    for (const entry of readdirSync(target).sort()) hashTree(hash, path.join(target, entry))
  } else {
    hash.update(path.relative(ROOT, target))
    hash.update(readFileSync(target))
  }
}

/** A hash of the files and folders `entries` (paths from the repository root). */
export const sourceHash = (entries) => {
  const hash = createHash('sha256')
  for (const entry of entries) hashTree(hash, path.join(ROOT, entry))
  return hash.digest('hex')
}

/** A hash of everything the CMS build depends on: a new one means the build is stale. */
const cmsSourceHash = () =>
  sourceHash([
    'cms/src',
    'cms/next.config.mjs',
    'cms/package.json',
    'cms/tsconfig.json',
    'shared/src',
    'pnpm-lock.yaml',
  ])

/** Builds the CMS (Next.js production build) unless the last build is of the same sources. */
export const ensureCmsBuilt = () => {
  const stamp = path.join(CMS, '.next', 'pilkada-build-hash')
  const hash = cmsSourceHash()
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return false
  log('Building the CMS (Next.js production build)…')
  const started = Date.now()
  run('npx', [...PNPM, 'exec', 'next', 'build'], { cwd: CMS })
  writeFileSync(stamp, hash)
  log(`CMS built in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
  return true
}

/**
 * The token-signing secret of a local hub: PAYLOAD_SECRET when set, otherwise a random one made
 * once and kept in the git-ignored cms/data folder. No secret is ever committed.
 */
export const localSecret = () => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(CMS, 'data', '.payload-secret')
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

/**
 * Starts the built CMS in production mode: Next.js behind the fast path of cached reads
 * (scripts/cmsServer.mjs); see waitForHttp.
 */
export const startCms = ({ port, env = {}, stdio = 'inherit', hostname }) => {
  // The pinned Node runs the server directly: no npx or pnpm process stays in memory beside it.
  const child = spawn(NODE24, [path.join(ROOT, 'scripts', 'cmsServer.mjs')], {
    cwd: CMS,
    env: childEnv({
      NODE_ENV: 'production',
      ...env,
      PORT: String(port),
      ...(hostname ? { CMS_HOSTNAME: hostname } : {}),
    }),
    stdio,
    detached: process.platform !== 'win32',
  })
  return child
}

/**
 * `count` CMS instances on the database of `env`, on loopback ports after `port`, behind a
 * round-robin balancer on `port` (scripts/cmsBalancer.mjs). Scheduled jobs run on the first
 * instance only, so that each runs once. Resolves with the processes and the instances' URLs.
 */
export const startCmsInstances = ({ port, count, env = {}, stdio = 'inherit' }) => {
  const ports = Array.from({ length: count }, (_, i) => port + 1 + i)
  const instances = ports.map((instancePort, i) =>
    startCms({
      port: instancePort,
      hostname: '127.0.0.1',
      stdio,
      env: {
        ...env,
        // The balancer on loopback passes the client's address on.
        TRUSTED_PROXIES: env.TRUSTED_PROXIES || '127.0.0.1,::1',
        // Browsers see the balancer's origin: the admin's login cookie must count from there.
        CORS_ORIGINS: [env.CORS_ORIGINS, `http://localhost:${port}`, `http://127.0.0.1:${port}`]
          .filter(Boolean)
          .join(','),
        ...(i > 0 ? { PAYLOAD_JOBS_AUTORUN: 'false' } : {}),
      },
    }),
  )
  const urls = ports.map((instancePort) => `http://127.0.0.1:${instancePort}`)
  const balancer = spawn(NODE24, [path.join(ROOT, 'scripts', 'cmsBalancer.mjs')], {
    env: childEnv({ BALANCER_PORT: String(port), BALANCER_TARGETS: urls.join(',') }),
    stdio,
    detached: process.platform !== 'win32',
  })
  return { instances, balancer, urls }
}

/** Waits until `url` answers (any HTTP status), or fails after `timeoutMs`. */
export const waitForHttp = async (url, timeoutMs = 120_000, child) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`The CMS exited with code ${child.exitCode} before answering at ${url}`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (response.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The CMS did not answer at ${url} within ${timeoutMs / 1000} s`)
}

/**
 * Stops a process started with startCms, and its children: SIGTERM, then SIGKILL after a grace
 * period (timers such as the job scheduler can keep a server from exiting).
 */
export const stopProcess = (child, graceMs = 3000) =>
  new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve()
    const signal = (name) => {
      try {
        process.kill(-child.pid, name)
      } catch {
        child.kill(name)
      }
    }
    const timer = setTimeout(() => signal('SIGKILL'), graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    signal('SIGTERM')
  })

/**
 * Builds the static guide from the CMS at `cmsUrl` (site/scripts/build.mjs); returns whether it
 * succeeded (with `capture`, also its exit status and output). A failed build leaves the
 * previous site/dist in place.
 */
export const buildSite = ({ cmsUrl, env = {}, capture = false }) => {
  const result = spawnSync(NODE24, [path.join(SITE, 'scripts', 'build.mjs')], {
    cwd: SITE,
    stdio: capture ? 'pipe' : 'inherit',
    encoding: 'utf8',
    env: childEnv({ CMS_GRAPHQL_URL: `${cmsUrl}/api/graphql`, ...env }),
  })
  if (capture)
    return {
      ok: result.status === 0,
      status: result.status,
      output: `${result.stdout}${result.stderr}`,
    }
  return result.status === 0
}

/**
 * Like buildSite, without blocking: resolves with { ok, status, output, seconds, report }, where
 * `report` is what the build wrote to SITE_BUILD_REPORT (site/scripts/build.mjs): its page
 * counts, or the error that stopped it.
 */
export const buildSiteAsync = ({ cmsUrl, env = {} }) =>
  new Promise((resolve) => {
    const started = Date.now()
    const scratch = mkdtempSync(path.join(tmpdir(), 'pilkada-build-'))
    const reportFile = path.join(scratch, 'report.json')
    const child = spawn(NODE24, [path.join(SITE, 'scripts', 'build.mjs')], {
      cwd: SITE,
      env: childEnv({
        CMS_GRAPHQL_URL: `${cmsUrl}/api/graphql`,
        ...env,
        SITE_BUILD_REPORT: reportFile,
      }),
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (status) => {
      const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null
      rmSync(scratch, { recursive: true, force: true })
      resolve({
        ok: status === 0 && report?.ok === true,
        status,
        output,
        seconds: (Date.now() - started) / 1000,
        report,
      })
    })
  })

/**
 * For benchmarks: seeds a fresh embedded database in `work`, builds the CMS if needed and
 * starts it on loopback. Resolves with { url, child, db, secret }.
 */
export const startSeededCms = async ({ work, port, env = {} }) => {
  const secret = randomBytes(24).toString('hex')
  const db = `file:${path.join(work, 'bench.db')}`
  pnpm(['--filter', '@pilkada/cms', 'run', 'seed'], {
    env: { DATABASE_URI: db, PAYLOAD_SECRET: secret },
  })
  ensureCmsBuilt()
  const child = startCms({
    port,
    env: { DATABASE_URI: db, PAYLOAD_SECRET: secret, MEDIA_DIR: path.join(work, 'media'), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/api/regions?limit=1`, 120_000, child)
  return { url, child, db, secret }
}
