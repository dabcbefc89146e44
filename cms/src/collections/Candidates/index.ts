import type { CollectionConfig } from 'payload'

import { CANDIDATE_STATUSES } from '@pilkada/shared'
import { CANDIDATE_STATUS_LABELS } from '@pilkada/shared/labels'

import { sourceField } from '../../fields/source'
import { checkCandidate, electionRegion } from './hooks/checkCandidate'
import { deriveElectionAfterChange, deriveElectionAfterDelete } from './hooks/deriveElection'
import { statementLexical } from '../../fields/defaultLexical'
import { editorialWorkflow } from '../editorialWorkflow'
import { LIVE_PREVIEW_BREAKPOINTS, livePreviewUrl, previewUrl } from '../../preview/draftPreview'

/** A candidate pair (pasangan calon) of one election, with its ballot number. */
const workflow = editorialWorkflow(
  'candidates',
  { owner: 'kpu', regional: true },
  { field: 'election', resolve: electionRegion },
)

export const Candidates: CollectionConfig<'candidates'> = {
  slug: 'candidates',
  labels: {
    singular: { id: 'Pasangan calon', en: 'Candidate pair' },
    plural: { id: 'Pasangan calon', en: 'Candidate pairs' },
  },
  access: workflow.access,
  admin: {
    defaultColumns: ['title', 'election', 'ballotNumber', 'status', 'reviewState', '_status'],
    group: { id: 'Pemilihan', en: 'Elections' },
    listSearchableFields: ['headName', 'deputyName'],
    preview: previewUrl('candidates'),
    livePreview: { url: livePreviewUrl('candidates'), breakpoints: LIVE_PREVIEW_BREAKPOINTS },
    useAsTitle: 'title',
  },
  defaultSort: 'ballotNumber',
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { id: 'Pasangan', en: 'Pair' },
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'election',
      type: 'relationship',
      label: { id: 'Pemilihan', en: 'Election' },
      relationTo: 'elections',
      required: true,
      index: true,
    },
    {
      name: 'region',
      type: 'relationship',
      label: { id: 'Wilayah', en: 'Region' },
      relationTo: 'regions',
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          id: 'Wilayah pemilihannya, diisi otomatis.',
          en: "The election's region, filled in.",
        },
      },
    },
    {
      name: 'ballotNumber',
      type: 'number',
      label: { id: 'Nomor urut', en: 'Ballot number' },
      required: true,
      min: 1,
      max: 20,
      index: true,
      validate: (value: null | number | undefined) =>
        (Number.isInteger(value) && (value as number) >= 1) ||
        'Nomor urut harus bilangan bulat mulai dari 1.',
    },
    {
      type: 'row',
      fields: [
        {
          name: 'headName',
          type: 'text',
          label: { id: 'Calon kepala daerah', en: 'Head candidate' },
          required: true,
        },
        {
          name: 'deputyName',
          type: 'text',
          label: { id: 'Calon wakil kepala daerah', en: 'Deputy candidate' },
          required: true,
        },
      ],
    },
    {
      name: 'photo',
      type: 'upload',
      label: { id: 'Foto pasangan', en: 'Photo of the pair' },
      relationTo: 'media',
    },
    {
      name: 'nomination',
      type: 'radio',
      label: { id: 'Jalur pencalonan', en: 'Nomination' },
      required: true,
      defaultValue: 'parties',
      options: [
        {
          label: { id: 'Partai politik / gabungan partai', en: 'Political parties' },
          value: 'parties',
        },
        { label: { id: 'Perseorangan (independen)', en: 'Independent' }, value: 'independent' },
        {
          label: {
            id: 'Belum tercatat (sumber tidak memuat partai pengusung)',
            en: 'Not recorded (the source does not list the parties)',
          },
          value: 'unknown',
        },
      ],
    },
    {
      name: 'parties',
      type: 'text',
      hasMany: true,
      label: { id: 'Partai pengusung', en: 'Nominating parties' },
      admin: { condition: (data) => data?.nomination === 'parties' },
      validate: (
        value: null | string[] | undefined,
        { siblingData }: { siblingData: Partial<{ nomination: string }> },
      ) => {
        const count = Array.isArray(value) ? value.filter((p) => p.trim()).length : 0
        if (siblingData?.nomination === 'independent') {
          return count === 0 || 'Pasangan perseorangan tidak memiliki partai pengusung.'
        }
        if (siblingData?.nomination === 'unknown') {
          return (
            count === 0 ||
            'Partai pengusung sudah diisi: pilih jalur "Partai politik / gabungan partai".'
          )
        }
        return (
          count > 0 ||
          'Sebutkan paling sedikit satu partai pengusung, atau pilih jalur perseorangan.'
        )
      },
    },
    {
      name: 'vision',
      type: 'richText',
      label: { id: 'Visi', en: 'Vision' },
      localized: true,
      editor: statementLexical,
    },
    {
      name: 'mission',
      type: 'richText',
      label: { id: 'Misi', en: 'Mission' },
      localized: true,
      editor: statementLexical,
    },
    {
      name: 'status',
      type: 'select',
      label: { id: 'Status pencalonan', en: 'Candidacy status' },
      required: true,
      defaultValue: 'confirmed',
      options: CANDIDATE_STATUSES.map((value) => ({
        label: CANDIDATE_STATUS_LABELS[value],
        value,
      })),
      admin: { position: 'sidebar' },
    },
    sourceField(),
    ...workflow.fields,
  ],
  endpoints: workflow.endpoints,
  hooks: {
    ...workflow.hooks,
    afterChange: [...workflow.hooks.afterChange, deriveElectionAfterChange],
    afterDelete: [...workflow.hooks.afterDelete, deriveElectionAfterDelete],
    beforeChange: [...workflow.hooks.beforeChange, checkCandidate],
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
}
