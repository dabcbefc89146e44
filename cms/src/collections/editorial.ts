import type { CollectionConfig, CollectionSlug } from 'payload'

import {
  createContent,
  deleteContent,
  readContent,
  readVersions,
  updateContent,
  type Ownership,
} from '../access/content'
import { editorialFields } from '../fields/editorial'
import {
  auditChange,
  auditDelete,
  editorialGuard,
  rememberDraft,
  revertEndpoint,
  type RegionOf,
} from '../hooks/editorial'
import { publishedOnlyForAnonymous } from '../hooks/publishedOnlyForAnonymous'
import { rebuildAfterChange, rebuildAfterDelete } from '../hooks/rebuild'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * The access, hooks, endpoint and fields that make a collection part of the editorial
 * workflow (see hooks/editorial.ts). A collection spreads these into its config.
 */
export const editorial = <TSlug extends CollectionSlug>(
  slug: TSlug,
  ownership: Ownership,
  regionOf?: RegionOf,
) => ({
  access: {
    create: createContent(ownership),
    delete: deleteContent(ownership),
    read: readContent(ownership),
    // Version history (drafts among it) is for the editors who may read the drafts.
    readVersions: readVersions(ownership),
    update: updateContent(ownership),
  },
  endpoints: [revertEndpoint(slug, ownership)],
  fields: editorialFields,
  hooks: {
    afterChange: [auditChange(slug, ownership), rebuildAfterChange],
    afterDelete: [auditDelete(slug, ownership), rebuildAfterDelete],
    beforeChange: [editorialGuard(slug, ownership, regionOf)],
    beforeOperation: [publishedOnlyForAnonymous<TSlug>(), rememberDraft<TSlug>(slug)],
  } satisfies Hooks,
})
