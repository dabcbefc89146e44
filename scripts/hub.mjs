#!/usr/bin/env node
// The hub's commands, run by `npm start`, `npm test`, … at the repository root with whatever
// Node the machine has (20 or later). They install the workspace first, then run everything
// else on the Node 24 that the `node` package pins.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { randomBytes } from 'node:crypto'

import { PROJECTS, projectOf } from '../tests/projects.mjs'
import { createRunner, previewHandler, serveRunner, statusReporter } from './siteRunner.mjs'
import {
  buildSiteAsync,
  ensureCmsBuilt,
  ensureInstalled,
  localSecret,
  log,
  machineCpu,
  pnpm,
  SITE,
  NODE24,
  ROOT,
  run,
  startCms,
  startCmsInstances,
  stopProcess,
  waitForHttp,
} from './lib.mjs'

const commands = {
  /** The whole hub on the embedded database, seeded on first start. */
  async start() {
    ensureInstalled()
    const port = Number(process.env.PORT || 3000)
    const runnerPort = Number(process.env.SITE_RUNNER_PORT || 4322)
    const rebuildSecret = randomBytes(24).toString('hex')
    const env = {
      PAYLOAD_SECRET: localSecret(),
      // Published changes reach the guide by themselves: the CMS signals this runner.
      SITE_REBUILD_URL: `http://127.0.0.1:${runnerPort}/rebuild`,
      SITE_REBUILD_SECRET: rebuildSecret,
    }
    log('Preparing the database (migrations; seed when empty)…')
    pnpm(['--filter', '@pilkada/cms', 'run', 'seed', '--if-empty'], { env })
    ensureCmsBuilt()
    // CMS_INSTANCES=2: several instances on one database behind one port, as in production.
    const count = Math.max(1, Number(process.env.CMS_INSTANCES || 1))
    const cluster = count > 1 ? startCmsInstances({ port, count, env }) : undefined
    const processes = cluster ? [...cluster.instances, cluster.balancer] : [startCms({ port, env })]
    const cms = processes[0]
    const stop = async () => {
      await Promise.all(processes.map((child) => stopProcess(child)))
      process.exit(0)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
    for (const url of cluster?.urls ?? [`http://localhost:${port}`]) {
      await waitForHttp(`${url}/api/regions?limit=1`, 120_000, cms)
    }
    if (cluster) log(`CMS:         ${count} instances (${cluster.urls.join(', ')}) behind :${port}`)
    const sitePort = Number(process.env.SITE_PORT || 4321)
    const cmsUrl = `http://127.0.0.1:${port}`
    const runner = createRunner({
      build: () => buildSiteAsync({ cmsUrl }),
      onStatus: statusReporter({ cmsUrl, secret: rebuildSecret }),
    })
    await serveRunner({
      runner,
      port: runnerPort,
      secret: rebuildSecret,
      preview: previewHandler({ getDist: () => path.join(SITE, 'dist'), secret: rebuildSecret }),
    })
    log('Building the static guide from the CMS…')
    runner.signal('start')
    await runner.settled()
    if (runner.status().status !== 'success') {
      log('The guide could not be built; the previous build (if any) is served.')
    }
    // Imported here: the server's dependencies exist only once the workspace is installed.
    const { serveSite } = await import('./siteServer.mjs')
    await serveSite({ getRoot: () => path.join(SITE, 'dist'), port: sitePort })
    log(`Guide:       http://localhost:${sitePort}/ (English: http://localhost:${sitePort}/en/)`)
    log(`CMS admin:   http://localhost:${port}/admin`)
    log(`GraphQL:     POST http://localhost:${port}/api/graphql`)
    log(`REST:        http://localhost:${port}/api`)
    log(
      `Demo login:  admin@pilkada.test / ${process.env.DEMO_PASSWORD ? '$DEMO_PASSWORD' : 'pilkada-demo-2024'} (embedded database only)`,
    )
    for (const child of processes) child.on('exit', (code) => process.exit(code ?? 0))
  },

  /** Every test suite: the CMS against a real database, then the built site and the browser. */
  async test() {
    ensureInstalled()
    const report = path.join(mkdtempSync(path.join(tmpdir(), 'pilkada-report-')), 'vitest.json')
    const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
    // `npm test -- unit` (or cms, site, browser, live) runs one project; other words are filters.
    const names = new Set(PROJECTS.map((project) => project.name))
    const args = process.argv
      .slice(3)
      // A project may run as several (the cms project's `cms-own-database`): `cms*` names all.
      .flatMap((arg) => (names.has(arg) ? ['--project', `${arg}*`] : [arg]))
    const started = { at: Date.now(), cpu: machineCpu() }
    let failure
    try {
      // Vitest on the pinned Node directly: through npx and pnpm it starts seconds later.
      run(
        NODE24,
        [path.join(ROOT, 'tests/node_modules/vitest/vitest.mjs'), 'run', ...reporters, ...args],
        {
          cwd: path.join(ROOT, 'tests'),
        },
      )
    } catch (error) {
      failure = error
    }
    // What the run cost the whole machine: a run cannot end sooner than its busy CPU time
    // divided by the cores (docs/benchmarks.md, the suite's time).
    const cpu = machineCpu()
    if (started.cpu && cpu) {
      const wall = (Date.now() - started.at) / 1000
      console.log(
        `machine: ${wall.toFixed(0)} s, ${(cpu.busy - started.cpu.busy).toFixed(0)} CPU-seconds busy on ${cpu.cores} cores`,
      )
    }
    // One plain closing line, whatever the runner printed before it.
    if (existsSync(report)) {
      const summary = JSON.parse(readFileSync(report, 'utf8'))
      const skipped = summary.numPendingTests + summary.numTodoTests
      const seconds = {}
      for (const result of summary.testResults) {
        const project = projectOf(path.relative(path.join(ROOT, 'tests'), result.name))
        seconds[project] = (seconds[project] ?? 0) + (result.endTime - result.startTime) / 1000
      }
      console.log(
        `time per project (test files only, without the shared set-up): ${Object.entries(seconds)
          .map(([project, s]) => `${project} ${s.toFixed(1)} s`)
          .join(', ')}`,
      )
      // A file whose set-up failed (say, no Chromium) fails without failing a test: its tests
      // count as skipped, so the files are counted too.
      const failedFiles = summary.testResults.filter((result) => result.status === 'failed').length
      console.log(
        `tests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skipped} skipped; ` +
          `test files: ${summary.testResults.length - failedFiles} passed, ${failedFiles} failed`,
      )
    }
    if (failure) throw failure
  },

  async seed() {
    ensureInstalled()
    pnpm(['--filter', '@pilkada/cms', 'run', 'seed'])
  },

  /** Regenerates what is generated from the config: types, import map, GraphQL SDL. */
  async generate() {
    ensureInstalled()
    for (const script of ['generate:types', 'generate:importmap', 'generate:schema']) {
      pnpm(['--filter', '@pilkada/cms', 'run', script])
    }
    // The site's queries are typed from the SDL just written.
    pnpm(['--filter', '@pilkada/shared', 'exec', 'gql.tada', 'generate-output'])
    pnpm(['--filter', '@pilkada/cms', 'exec', 'tsx', '../scripts/renderPermissions.ts'])
    pnpm(['exec', 'prettier', '--write', 'README.md'])
  },

  /** `npm run bench -- NAME`: runs bench/NAME.mjs on the pinned Node. */
  async bench() {
    ensureInstalled()
    const name = process.argv[3]
    if (!name) throw new Error('usage: npm run bench -- site-build')
    run(NODE24, [path.join(ROOT, 'bench', `${name}.mjs`), ...process.argv.slice(4)])
  },

  async build() {
    ensureInstalled()
    ensureCmsBuilt()
  },

  async lint() {
    ensureInstalled()
    pnpm(['exec', 'prettier', '--check', '.'])
    pnpm(['exec', 'eslint', '.'])
    pnpm(['exec', 'tsc', '-p', 'cms/tsconfig.json'])
    pnpm(['exec', 'tsc', '-p', 'tests/tsconfig.json'])
    // The guide's TypeScript and .astro files. `astro check` first syncs the content collections,
    // which read the CMS: here they read an empty snapshot instead (their types come from the
    // committed SDL, not from the data), with a cache of their own.
    const scratch = mkdtempSync(path.join(tmpdir(), 'pilkada-check-'))
    const snapshot = path.join(scratch, 'snapshot.json')
    // The collections of site/src/content.config.ts.
    const collections = 'settings guides faqs factChecks stages regions elections candidates'
    writeFileSync(
      snapshot,
      JSON.stringify(Object.fromEntries(collections.split(' ').map((c) => [c, []]))),
    )
    pnpm(['--filter', '@pilkada/site', 'exec', 'astro', 'check'], {
      env: { SITE_SNAPSHOT: snapshot, SITE_CACHE_DIR: path.join(scratch, 'cache') },
    })
  },

  async format() {
    ensureInstalled()
    pnpm(['exec', 'prettier', '--write', '.'])
  },
}

const name = process.argv[2]
if (!commands[name]) {
  console.error(`usage: node scripts/hub.mjs ${Object.keys(commands).join('|')}`)
  process.exit(2)
}
try {
  await commands[name]()
} catch (error) {
  console.error(`[hub] ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
