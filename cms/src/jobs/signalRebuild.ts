import type { PayloadRequest, TaskConfig } from 'payload'

/**
 * The rebuild signal as a job of Payload's queue: queued in the change's own transaction (a
 * change that is rolled back signals nothing), sent by the instance that runs jobs, and tried
 * again with a growing pause when the site's runner or the CDN's deploy hook does not answer,
 * instead of being lost. Locally `npm start` sets SITE_REBUILD_URL to its build runner; in
 * production DEPLOY_HOOK_URL points at the CDN's deploy hook. Both get the shared secret in
 * `x-rebuild-secret`. A publish never waits for, or fails because of, the site.
 */
export const REBUILD_QUEUE = 'rebuild'

const rebuildUrl = () => process.env.DEPLOY_HOOK_URL || process.env.SITE_REBUILD_URL

export const signalRebuildTask: TaskConfig<'signalRebuild'> = {
  slug: 'signalRebuild',
  label: 'Beri tahu situs untuk membangun ulang',
  inputSchema: [{ name: 'reason', type: 'text', required: true }],
  // 1, 2, 4, 8, 16 s: the runner restarting or a deploy hook's short outage is waited out.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input }) => {
    const url = rebuildUrl()
    if (!url) return { output: {} }
    const secret = process.env.DEPLOY_HOOK_SECRET || process.env.SITE_REBUILD_SECRET || ''
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rebuild-secret': secret },
      body: JSON.stringify({ reason: input.reason, at: new Date().toISOString() }),
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) {
      throw new Error(`Rebuild signal to ${url} answered HTTP ${response.status}`)
    }
    return { output: {} }
  },
}

/** Queues the rebuild signal inside the transaction of the change that `req` makes. */
export const queueRebuildSignal = async (req: PayloadRequest, reason: string) => {
  if (!rebuildUrl()) return
  await req.payload.jobs.queue({
    task: 'signalRebuild',
    queue: REBUILD_QUEUE,
    input: { reason },
    req,
  })
}
