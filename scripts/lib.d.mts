import type { BuildResult } from './siteRunner.mjs'
import type { ChildProcess, StdioOptions } from 'node:child_process'

export const ROOT: string
export const CMS: string
export const NODE24: string
export const log: (message: string) => void
/** Busy CPU-seconds of the whole machine since boot, and its cores (Linux only). */
export const machineCpu: () => { busy: number; cores: number } | undefined
export const childEnv: (extra?: Record<string, string>) => NodeJS.ProcessEnv
export const run: (
  command: string,
  args: string[],
  options?: { cwd?: string; env?: Record<string, string> },
) => void
export const pnpm: (
  args: string[],
  options?: { cwd?: string; env?: Record<string, string> },
) => void
export const pnpmAsync: (
  args: string[],
  options?: { cwd?: string; env?: Record<string, string> },
) => Promise<void>
export const sourceHash: (entries: string[]) => string
export const ensureInstalled: () => void
export const ensureCmsBuilt: () => boolean
export const localSecret: () => string
export const startCms: (options: {
  port: number
  env?: Record<string, string>
  stdio?: StdioOptions
  hostname?: string
}) => ChildProcess
export const startCmsInstances: (options: {
  port: number
  count: number
  env?: Record<string, string>
  stdio?: StdioOptions
}) => { instances: ChildProcess[]; balancer: ChildProcess; urls: string[] }
export const waitForHttp: (url: string, timeoutMs?: number, child?: ChildProcess) => Promise<void>
export const stopProcess: (child: ChildProcess | undefined, graceMs?: number) => Promise<void>
export const SITE: string
export function buildSite(options: {
  cmsUrl: string
  env?: Record<string, string>
  capture?: false
}): boolean
export function buildSite(options: {
  cmsUrl: string
  env?: Record<string, string>
  capture: true
}): { ok: boolean; status: number | null; output: string }
export const buildSiteAsync: (options: {
  cmsUrl: string
  env?: Record<string, string>
}) => Promise<BuildResult>
export const startSeededCms: (options: {
  work: string
  port: number
  env?: Record<string, string>
}) => Promise<{ url: string; child: ChildProcess; db: string; secret: string }>
