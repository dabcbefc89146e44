import type { Server } from 'node:http'

export type BuildResult = { ok: boolean; seconds: number; output: string; status?: number | null }
export type RunnerStatus = {
  status: 'none' | 'building' | 'success' | 'failed'
  startedAt?: string
  finishedAt?: string
  durationSeconds?: number
  reason?: string
  error?: string
  builds: number
  building: boolean
  pending: boolean
}
export type Runner = {
  signal: (reason?: string) => void
  status: () => RunnerStatus
  settled: () => Promise<void>
}
export const createRunner: (options: {
  build: () => Promise<BuildResult>
  debounceMs?: number
  onStatus?: (status: RunnerStatus) => void
}) => Runner
export const serveRunner: (options: {
  runner: Runner
  port: number
  secret: string
  host?: string
}) => Promise<Server>
export const statusReporter: (options: {
  cmsUrl: string
  secret: string
  retryMs?: number
}) => (status: RunnerStatus) => void
