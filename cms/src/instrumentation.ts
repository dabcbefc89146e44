/**
 * Runs once when the Next.js server starts (https://nextjs.org/docs/app/guides/instrumentation).
 * A production server with a missing or default secret stops here, before it serves anything.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { resolveSecret } = await import('./env')
  try {
    resolveSecret()
  } catch (error) {
    console.error(`[pilkada] ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
