import { CMS_GRAPHQL_URL, CMS_PUBLIC_URL } from 'astro:env/server'

import { REPORT_ENDPOINT } from '@pilkada/shared/reports'

/** The URL the "Laporkan hoaks" form posts to: the CMS's public URL, or the build's CMS. */
export const reportAction = () =>
  `${(CMS_PUBLIC_URL || new URL(CMS_GRAPHQL_URL).origin).replace(/\/+$/, '')}${REPORT_ENDPOINT}`
