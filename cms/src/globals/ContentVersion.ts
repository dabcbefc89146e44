import type { GlobalConfig } from 'payload'

/**
 * A number that changes whenever published content changes: the CMS instances compare their
 * cache of public reads with it (cache/publicReads.ts). Internal: no admin screen, no API.
 */
export const ContentVersion: GlobalConfig = {
  slug: 'content-version',
  access: {
    read: () => false,
    update: () => false,
  },
  admin: { hidden: true },
  fields: [
    { name: 'version', type: 'number', defaultValue: 0, required: true },
    // The version at which each group of content last changed (cache/dependencies.ts).
    { name: 'groups', type: 'json' },
  ],
  graphQL: false,
}
