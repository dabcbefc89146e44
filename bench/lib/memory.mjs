// Resident memory of a process and all its children, in MB, from Linux's /proc (a server that
// works in child processes counts whole).
import { readFileSync } from 'node:fs'

const read = (file) => {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

export const rss = (pid) => {
  const all = [String(pid)]
  for (let i = 0; i < all.length; i++) {
    all.push(...read(`/proc/${all[i]}/task/${all[i]}/children`).trim().split(/\s+/).filter(Boolean))
  }
  const kb = all.map((p) => Number(/VmRSS:\s+(\d+)/.exec(read(`/proc/${p}/status`))?.[1] ?? 0))
  return kb.reduce((sum, n) => sum + n, 0) / 1024
}
