import type { CollectionConfig, CollectionSlug } from 'payload'

import {
  createContent,
  deleteContent,
  readContent,
  readVersions,
  updateContent,
  type Ownership,
} from '../access/content'
import { revertEndpoint } from '../endpoints/revert'
import { workflowFields } from '../fields/workflowFields'
import { publishedOnlyForAnonymous } from '../hooks/publishedOnlyForAnonymous'
import { rebuildAfterChange, rebuildAfterDelete } from '../hooks/rebuild'
import { auditChange, auditDelete } from '../hooks/workflow/auditContent'
import { rememberDraft } from '../hooks/workflow/draftSaves'
import { editorialGuard } from '../hooks/workflow/editorialGuard'
import type { RegionOf } from '../hooks/workflow/ownership'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * The access, hooks, endpoint and fields that make a collection part of the editorial
 * workflow (see hooks/workflow/editorialGuard.ts). A collection spreads these into its config.
 */
export const editorialWorkflow = <TSlug extends CollectionSlug>(
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
  fields: workflowFields,
  hooks: {
    afterChange: [auditChange(slug, ownership), rebuildAfterChange],
    afterDelete: [auditDelete(slug, ownership), rebuildAfterDelete],
    beforeChange: [editorialGuard(slug, ownership, regionOf)],
    beforeOperation: [publishedOnlyForAnonymous<TSlug>(), rememberDraft<TSlug>(slug)],
  } satisfies Hooks,
})
