/**
 * Runs once when the Next.js server starts (https://nextjs.org/docs/app/guides/instrumentation).
 * The CMS checks its secret and connects to its database here, before it serves anything: a
 * production server with a missing or default secret, or a database it cannot reach, stops
 * within seconds with a message that says why.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  try {
    const { recordClientAddresses } = await import('./perimeter/clientAddress')
    recordClientAddresses()
    const { registerFastReads } = await import('./cache/fastReads')
    registerFastReads()
    const { resolveSecret } = await import('./env')
    resolveSecret()
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    // A Payload instance of its own: this file is bundled apart from the routes, and an instance
    // shared with them would throw errors of classes the routes' error handler does not know.
    const payload = await getPayload({ config, key: 'startup-check' })
    await payload.destroy()
  } catch (error) {
    console.error(
      `[pilkada] The CMS cannot start: ${error instanceof Error ? error.message : String(error)}`,
    )
    process.exit(1)
  }
}
