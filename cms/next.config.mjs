import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Shared constants and types are TypeScript sources in the workspace.
  transpilePackages: ['@pilkada/shared'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
