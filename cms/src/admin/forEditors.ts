import type { Access, BaseFilter, CollectionConfig, EditConfig, Field, GlobalConfig } from 'payload'

import type { User } from '@pilkada/shared/payload-types'

import { hasQueryPresets } from './queryPresets'

/**
 * What the admin shows a beginner, in one place: each account's navigation lists only what its
 * authority may edit, a regional account's lists only its regions' records, no API tab, no
 * "copy to locale" where nothing is translated, people by name wherever a field points to
 * an account, and saved filters (queryPresets.ts) on the editorial lists.
 */

type Viewer = Pick<User, 'authority' | 'role' | 'scope'> | null | undefined

const isWriter = (user: Viewer) =>
  (user?.role === 'publisher' || user?.role === 'contributor') && user.authority !== 'platform'

/** Who sees an entry in the navigation, beside platform admins, who see everything. */
export const SHOWN_TO: Record<string, (user: Viewer) => boolean> = {
  // KPU's records: every KPU account, a regional one for its regions.
  elections: (user) => isWriter(user) && user!.authority === 'kpu',
  candidates: (user) => isWriter(user) && user!.authority === 'kpu',
  stages: (user) => isWriter(user) && user!.authority === 'kpu',
  // National records of their owning authority: national accounts only.
  guides: (user) => isWriter(user) && user!.scope === 'national',
  faqs: (user) => isWriter(user) && user!.scope === 'national',
  'fact-checks': (user) => isWriter(user) && user!.scope === 'national',
  media: isWriter,
  notifications: isWriter,
  'audit-log': (user) => user?.role === 'publisher',
  reports: (user) => user?.role === 'publisher',
  'site-settings': (user) =>
    isWriter(user) && user!.authority === 'kpu' && user!.scope === 'national',
}

const hiddenFor =
  (slug: string) =>
  ({ user }: { user: unknown }) => {
    const viewer = user as Viewer
    if (viewer?.role === 'admin') return false
    return !(SHOWN_TO[slug]?.(viewer) ?? false)
  }

const hasLocalized = (fields: Field[]): boolean =>
  fields.some(
    (field) =>
      ('localized' in field && field.localized === true) ||
      ('fields' in field && hasLocalized(field.fields)) ||
      ('tabs' in field && field.tabs.some((tab) => hasLocalized(tab.fields))),
  )

/** Fields that name an account and that nobody types in: shown by the account's name. */
const withPeopleByName = (fields: Field[]): Field[] =>
  fields.map((field) =>
    field.type === 'relationship' && field.relationTo === 'users' && field.admin?.readOnly
      ? {
          ...field,
          admin: {
            ...field.admin,
            components: {
              ...field.admin.components,
              Field: './components/PersonName#PersonField',
              Cell: './components/PersonName#PersonCell',
            },
          },
        }
      : field,
  )

/** Payload's versions list shows each version's id; ours shows who saved it and when. */
const withVersionHistory = (edit: EditConfig | undefined): EditConfig =>
  ({
    ...edit,
    versions: { Component: './components/VersionHistory#VersionHistory' },
  }) as EditConfig

/**
 * A regional account's lists (and relationship pickers) hold what it may change: the records of
 * its regions, by the collection's own update access. National accounts see everything.
 */
const ownRegionsFilter =
  (update: Access): BaseFilter =>
  async ({ req }) => {
    if ((req.user as Viewer)?.scope !== 'regional') return null
    const allowed = await update({ req })
    return typeof allowed === 'object' ? allowed : null
  }

const isRegional = (collection: CollectionConfig) =>
  collection.fields.some((field) => 'name' in field && field.name === 'region')

export const collectionForEditors = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  enableQueryPresets: collection.enableQueryPresets ?? hasQueryPresets(collection.slug),
  admin: {
    ...collection.admin,
    baseFilter:
      collection.admin?.baseFilter ??
      (collection.versions && collection.access?.update && isRegional(collection)
        ? ownRegionsFilter(collection.access.update)
        : undefined),
    disableCopyToLocale: !hasLocalized(collection.fields),
    hidden: collection.admin?.hidden ?? hiddenFor(collection.slug),
    hideAPIURL: true,
    components: collection.versions
      ? {
          ...collection.admin?.components,
          views: {
            ...collection.admin?.components?.views,
            edit: withVersionHistory(collection.admin?.components?.views?.edit),
          },
        }
      : collection.admin?.components,
  },
  fields: withPeopleByName(collection.fields),
})

export const globalForEditors = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  admin: {
    ...global.admin,
    hidden: global.admin?.hidden ?? hiddenFor(global.slug),
    hideAPIURL: true,
    components: global.versions
      ? {
          ...global.admin?.components,
          views: {
            ...global.admin?.components?.views,
            edit: withVersionHistory(global.admin?.components?.views?.edit),
          },
        }
      : global.admin?.components,
  },
  fields: withPeopleByName(global.fields),
})
