import type { CollectionConfig } from 'payload'

import { authorityField } from '../fields/authority'
import { defaultLexical } from '../fields/defaultLexical'
import { sourceField } from '../fields/source'
import { topicField } from './topics'
import { editorialWorkflow } from './editorialWorkflow'
import { previewUrl } from '../preview/draftPreview'

/** A frequently asked question and its answer. */
const workflow = editorialWorkflow('faqs', { owner: 'field', regional: false })

export const Faqs: CollectionConfig<'faqs'> = {
  slug: 'faqs',
  labels: {
    singular: { id: 'Tanya jawab', en: 'FAQ' },
    plural: { id: 'Tanya jawab', en: 'FAQs' },
  },
  access: workflow.access,
  admin: {
    defaultColumns: ['question', 'topic', 'authority', 'reviewState', '_status'],
    group: { id: 'Konten', en: 'Content' },
    preview: previewUrl('faqs'),
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
    ...workflow.fields,
  ],
  endpoints: workflow.endpoints,
  hooks: {
    ...workflow.hooks,
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
}
