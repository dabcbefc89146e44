import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Shared constants and types are TypeScript sources in the workspace.
  transpilePackages: ['@pilkada/shared'],
  poweredByHeader: false,
  experimental: {
    // Turbopack's build cache halves a rebuild after a change (23 s against 49 s on 2 cores), and
    // writing it makes a first build 13 s slower (62 s against 49 s). CI builds once, from scratch.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
