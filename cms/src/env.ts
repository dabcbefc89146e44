/**
 * The secret that signs login tokens. Development and tests may use the documented default; a
 * production server refuses to start without a real one (at least 32 characters).
 */
export const DEV_SECRET = 'pilkada-dev-secret-not-for-production'

export const resolveSecret = (env: NodeJS.ProcessEnv = process.env): string => {
  const secret = env.PAYLOAD_SECRET?.trim() ?? ''
  const isProduction = env.NODE_ENV === 'production'
  // `next build` evaluates the config without serving anything; the server checks at start.
  const isBuild = env.NEXT_PHASE === 'phase-production-build'
  if (!isProduction || isBuild) return secret || DEV_SECRET
  if (!secret || secret === DEV_SECRET || secret.length < 32) {
    throw new Error(
      'PAYLOAD_SECRET is missing, too short (under 32 characters) or the development default: ' +
        'the CMS will not start in production with it. Set PAYLOAD_SECRET to a long random value.',
    )
  }
  return secret
}
