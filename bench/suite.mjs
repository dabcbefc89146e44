#!/usr/bin/env node
// bench/suite: runs `npm test` (with the words given after the name, e.g. `live`) and prints
// where its CPU time went, by kind of process: the CMS build, the seed, the CMS servers, the
// guide's builds, Chromium, the test workers. On 2 cores a run cannot end sooner than its busy
// CPU-seconds divided by 2, so this says what a faster suite has to cut (docs/benchmarks.md,
// the suite's time). Linux only: it reads /proc every 200 ms, and counts every process started
// under the run; the last 200 ms of a process and processes shorter than that are missed, and
// the line "not seen" says how much that was, against the machine's busy time.
// Run it with `npm run bench -- suite` (from a fresh clone for the figures of issue 11).
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { clearInterval, setInterval } from 'node:timers'
import path from 'node:path'

import { machineCpu, ROOT } from '../scripts/lib.mjs'

const TICKS = 100 // USER_HZ: /proc's clock ticks per second on Linux

/** What kind of work a process does, from its command line. The first match wins. */
const KINDS = [
  ['Chromium (browser tests)', /chromium|chrome/],
  ['CMS build (next build)', /next build|next\/dist\/build|\.next\/build/],
  ['seed (payload run src/seed)', /seed\/run\.ts|payload run/],
  ['CMS servers (Next.js)', /cmsServer\.mjs|next-server|next start|cmsBalancer\.mjs/],
  ['guide builds (Astro, Pagefind)', /site\/scripts\/build\.mjs|astro|pagefind/],
  ['test workers (vitest)', /vitest/],
  ['pnpm (install, scripts)', /pnpm/],
]
const kindOf = (command) => KINDS.find(([, pattern]) => pattern.test(command))?.[0] ?? 'other'

const readStat = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // Fields 4, 14, 15 and 22 of proc(5): parent, user and system ticks, start time.
    return {
      parent: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
      started: fields[19],
    }
  } catch {
    return undefined
  }
}
const commandOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
  } catch {
    return ''
  }
}
const child = spawn(
  process.execPath,
  [path.join(ROOT, 'scripts/hub.mjs'), 'test', ...process.argv.slice(2)],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
)
const startedAt = Date.now()
const machineAtStart = machineCpu()
/** Processes of the run, by pid and start time (a pid can be reused): kind and ticks seen. */
const seen = new Map()
const byKind = new Map()

const sample = () => {
  const stats = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = readStat(name)
    if (stat) stats.set(Number(name), stat)
  }
  const inRun = (pid) => {
    for (let at = pid, hops = 0; at > 1 && hops < 64; hops += 1) {
      if (at === child.pid) return true
      const key = `${at}/${stats.get(at)?.started}`
      if (seen.has(key)) return true
      at = stats.get(at)?.parent ?? 0
    }
    return false
  }
  for (const [pid, stat] of stats) {
    const key = `${pid}/${stat.started}`
    let known = seen.get(key)
    if (!known) {
      if (!inRun(pid)) continue
      known = { kind: kindOf(commandOf(pid)), ticks: 0 }
      seen.set(key, known)
    }
    if (stat.ticks > known.ticks) {
      byKind.set(known.kind, (byKind.get(known.kind) ?? 0) + stat.ticks - known.ticks)
      known.ticks = stat.ticks
    }
  }
}
const timer = setInterval(sample, 200)

child.on('exit', (code) => {
  clearInterval(timer)
  sample()
  const wall = (Date.now() - startedAt) / 1000
  const machine = machineCpu()
  const busy = machine.busy - machineAtStart.busy
  const counted = [...byKind.values()].reduce((sum, ticks) => sum + ticks, 0) / TICKS
  const rows = [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, ticks]) => [kind, ticks / TICKS])
  rows.push(['not seen (short processes, the machine itself)', Math.max(0, busy - counted)])
  console.log(
    `\nbench suite: ${wall.toFixed(0)} s, ${busy.toFixed(0)} CPU-seconds busy on ${machine.cores} cores`,
  )
  console.log(
    `at least ${(busy / machine.cores).toFixed(0)} s on ${machine.cores} cores however the work is spread`,
  )
  for (const [kind, seconds] of rows)
    console.log(
      `  ${kind.padEnd(48)} ${seconds.toFixed(0).padStart(5)} CPU-s  ${((100 * seconds) / busy).toFixed(0).padStart(3)} %`,
    )
  process.exit(code ?? 1)
})
