import type { IncomingMessage, Server, ServerResponse } from 'node:http'

/** What site/scripts/build.mjs writes to SITE_BUILD_REPORT (and, on success, to build.json). */
export type BuildReport =
  | {
      ok: true
      builtAt: string
      source: string
      requests: number
      paths: number
      pagesRendered: number
      pagesReused: number
      astroSeconds: number
      full: boolean
      images: number
      seconds: number
    }
  | { ok: false; error: string; seconds: number }
export type BuildResult = {
  ok: boolean
  seconds: number
  output: string
  status?: number | null
  report: BuildReport | null
}
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
  preview?: PreviewHandler
  host?: string
}) => Promise<Server>
export type PreviewHandler = ((
  request: IncomingMessage,
  response: ServerResponse,
) => Promise<void>) & {
  close: () => void
}
export const previewHandler: (options: { getDist: () => string; secret: string }) => PreviewHandler
export const statusReporter: (options: {
  cmsUrl: string
  secret: string
  retryMs?: number
}) => (status: RunnerStatus) => void
