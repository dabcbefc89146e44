import type { CollectionConfig } from 'payload'

import { authorityField } from '../fields/authority'
import { defaultLexical } from '../fields/defaultLexical'
import { slugField } from '../fields/slug'
import { sourceField } from '../fields/source'
import { topicField } from './topics'
import { editorialWorkflow } from './editorialWorkflow'
import { LIVE_PREVIEW_BREAKPOINTS, livePreviewUrl, previewUrl } from '../preview/draftPreview'

/** A voter guide: how to vote, what to bring, how to report a violation. */
const workflow = editorialWorkflow('guides', { owner: 'field', regional: false })

export const Guides: CollectionConfig<'guides'> = {
  slug: 'guides',
  labels: {
    singular: { id: 'Panduan', en: 'Guide' },
    plural: { id: 'Panduan', en: 'Guides' },
  },
  access: workflow.access,
  admin: {
    defaultColumns: ['title', 'topic', 'authority', 'reviewState', '_status', 'updatedAt'],
    group: { id: 'Konten', en: 'Content' },
    // The admin's "Preview" button: the draft as the guide will show it, behind the login.
    preview: previewUrl('guides'),
    // Beside the form: the unsaved edits as the guide will show them, at a phone's width too.
    livePreview: { url: livePreviewUrl('guides'), breakpoints: LIVE_PREVIEW_BREAKPOINTS },
    useAsTitle: 'title',
  },
  defaultSort: 'order',
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { id: 'Judul', en: 'Title' },
      required: true,
      localized: true,
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { id: 'Ringkasan', en: 'Summary' },
      required: true,
      localized: true,
      maxLength: 300,
    },
    {
      name: 'body',
      type: 'richText',
      label: { id: 'Isi', en: 'Body' },
      required: true,
      localized: true,
      editor: defaultLexical,
    },
    slugField(),
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
