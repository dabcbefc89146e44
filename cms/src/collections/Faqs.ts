import type { CollectionConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { authenticatedOrPublished } from '../access/authenticatedOrPublished'
import { authorityField } from '../fields/authority'
import { defaultLexical } from '../fields/defaultLexical'
import { sourceField } from '../fields/source'
import { topicField } from './topics'
import { publishedOnlyForAnonymous } from '../hooks/publishedOnlyForAnonymous'

/** A frequently asked question and its answer. */
export const Faqs: CollectionConfig<'faqs'> = {
  slug: 'faqs',
  labels: {
    singular: { id: 'Tanya jawab', en: 'FAQ' },
    plural: { id: 'Tanya jawab', en: 'FAQs' },
  },
  access: {
    create: authenticated,
    delete: authenticated,
    read: authenticatedOrPublished,
    update: authenticated,
  },
  admin: {
    defaultColumns: ['question', 'topic', 'authority', '_status'],
    group: { id: 'Konten', en: 'Content' },
    useAsTitle: 'question',
  },
  defaultSort: 'order',
  fields: [
    {
      name: 'question',
      type: 'text',
      label: { id: 'Pertanyaan', en: 'Question' },
      required: true,
      localized: true,
    },
    {
      name: 'answer',
      type: 'richText',
      label: { id: 'Jawaban', en: 'Answer' },
      required: true,
      localized: true,
      editor: defaultLexical,
    },
    topicField,
    authorityField(),
    {
      name: 'order',
      type: 'number',
      label: { id: 'Urutan', en: 'Order' },
      defaultValue: 100,
      admin: { position: 'sidebar' },
    },
    sourceField(),
  ],
  hooks: {
    beforeOperation: [publishedOnlyForAnonymous()],
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
}
