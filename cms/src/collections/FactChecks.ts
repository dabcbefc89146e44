import type { CollectionConfig } from 'payload'

import { FACT_CHECK_VERDICTS } from '@pilkada/shared'
import { VERDICT_LABELS } from '@pilkada/shared/labels'

import { authorityField } from '../fields/authority'
import { defaultLexical } from '../fields/defaultLexical'
import { sourceField } from '../fields/source'
import { editorialWorkflow } from './editorialWorkflow'
import { previewUrl } from '../preview/draftPreview'

/** A claim that circulates about the election, checked against official sources. */
const workflow = editorialWorkflow('fact-checks', { owner: 'field', regional: false })

export const FactChecks: CollectionConfig<'fact-checks'> = {
  slug: 'fact-checks',
  labels: {
    singular: { id: 'Cek fakta', en: 'Fact-check' },
    plural: { id: 'Cek fakta', en: 'Fact-checks' },
  },
  access: workflow.access,
  admin: {
    defaultColumns: ['claim', 'verdict', 'authority', 'reviewState', '_status'],
    group: { id: 'Konten', en: 'Content' },
    preview: previewUrl('fact-checks'),
    useAsTitle: 'claim',
  },
  defaultSort: '-date',
  fields: [
    {
      name: 'claim',
      type: 'text',
      label: { id: 'Klaim yang beredar', en: 'Claim' },
      required: true,
      localized: true,
    },
    {
      name: 'verdict',
      type: 'select',
      label: { id: 'Kesimpulan', en: 'Verdict' },
      required: true,
      options: FACT_CHECK_VERDICTS.map((value) => ({ label: VERDICT_LABELS[value], value })),
    },
    {
      name: 'explanation',
      type: 'richText',
      label: { id: 'Penjelasan', en: 'Explanation' },
      required: true,
      localized: true,
      editor: defaultLexical,
    },
    sourceField({ name: 'sources', label: { id: 'Sumber', en: 'Sources' } }),
    authorityField(),
    {
      name: 'date',
      type: 'date',
      label: { id: 'Tanggal', en: 'Date' },
      required: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
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
