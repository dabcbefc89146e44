import type { CollectionSlug, Config, Where } from 'payload'

import { CONTENT_AUTHORITIES, type ContentAuthority } from '@pilkada/shared'

import { editorOf, isEditor, isPlatformAdmin, isPublisher } from '../access/roles'

type QueryPresets = NonNullable<Config['queryPresets']>

export const REVIEW_QUEUE_TITLE = 'Menunggu tinjauan saya'

/**
 * The lists with saved filters, and who owns their records: KPU's collections have no
 * authority field, the others say which body owns each record.
 */
export const PRESET_COLLECTIONS: Record<string, 'authority' | 'kpu'> = {
  candidates: 'kpu',
  elections: 'kpu',
  stages: 'kpu',
  guides: 'authority',
  faqs: 'authority',
  'fact-checks': 'authority',
}

const editorsOrAdmins = ({ req }: { req: Parameters<typeof editorOf>[0] }) => {
  const user = editorOf(req)
  return isEditor(user) || isPlatformAdmin(user)
}

/**
 * Saved filters (Payload's query presets): editors save their own; the seed adds the shared
 * "Menunggu tinjauan saya" of each list for the publishers of its authority. A preset holds a
 * fixed filter, so the queue is one preset per authority; a regional publisher's list is
 * already limited to their regions (admin/forEditors.ts), which keeps it to their scope.
 */
export const queryPresets: QueryPresets = {
  access: {
    create: editorsOrAdmins,
    delete: editorsOrAdmins,
    read: editorsOrAdmins,
    update: editorsOrAdmins,
  },
  constraints: {
    read: [
      {
        // A plain string here (Payload's type): the editors' language.
        label: 'Penerbit lembaga',
        value: 'authorityPublishers',
        fields: [
          {
            name: 'authority',
            type: 'select',
            label: { id: 'Lembaga', en: 'Authority' },
            options: CONTENT_AUTHORITIES.map((value) => ({ label: value.toUpperCase(), value })),
          },
        ],
        access: ({ req }) => {
          const user = editorOf(req)
          if (!isPublisher(user)) return false
          return { 'access.read.authority': { equals: user!.authority } }
        },
      },
    ],
  },
  labels: {
    singular: { id: 'Filter tersimpan', en: 'Saved filter' },
    plural: { id: 'Filter tersimpan', en: 'Saved filters' },
  },
}

/** What a publisher of `authority` reviews in a list: the documents submitted for review. */
export const reviewQueueWhere = (slug: string, authority: ContentAuthority): Where =>
  PRESET_COLLECTIONS[slug] === 'authority'
    ? {
        and: [{ reviewState: { equals: 'submitted' } }, { authority: { equals: authority } }],
      }
    : { and: [{ reviewState: { equals: 'submitted' } }] }

/** The authorities whose publishers review records of the list. */
export const reviewingAuthorities = (slug: string): ContentAuthority[] =>
  PRESET_COLLECTIONS[slug] === 'authority' ? [...CONTENT_AUTHORITIES] : ['kpu']

export const hasQueryPresets = (slug: CollectionSlug | string) => slug in PRESET_COLLECTIONS
