import type { CollectionConfig } from 'payload'

import {
  ELECTION_STATUSES,
  EXCEPTIONAL_ELECTION_STATUSES,
  OFFICES,
  type ElectionStatus,
} from '@pilkada/shared'
import { ELECTION_STATUS_LABELS, OFFICE_LABELS } from '@pilkada/shared/labels'
import { validateSource } from '@pilkada/shared/sources'

import { sourceField } from '../../fields/source'

import { checkElection } from './hooks/checkElection'
import { deriveCountsBeforeChange, refuseDeleteWithPairs } from './hooks/electionPairs'
import { editorialWorkflow } from '../editorialWorkflow'

const isExceptional = (status: unknown) =>
  EXCEPTIONAL_ELECTION_STATUSES.includes(status as ElectionStatus)

/** One race: the head of one region, on one voting day. */
const workflow = editorialWorkflow('elections', { owner: 'kpu', regional: true })

export const Elections: CollectionConfig<'elections'> = {
  slug: 'elections',
  labels: {
    singular: { id: 'Pemilihan', en: 'Election' },
    plural: { id: 'Pemilihan', en: 'Elections' },
  },
  access: workflow.access,
  admin: {
    defaultColumns: ['title', 'office', 'status', 'candidateCount', 'reviewState', '_status'],
    group: { id: 'Pemilihan', en: 'Elections' },
    useAsTitle: 'title',
  },
  defaultSort: 'title',
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { id: 'Nama pemilihan', en: 'Election name' },
      index: true,
      admin: {
        readOnly: true,
        description: { id: 'Dibuat dari wilayah dan jabatan.', en: 'Made from region and office.' },
      },
    },
    {
      name: 'region',
      type: 'relationship',
      label: { id: 'Wilayah', en: 'Region' },
      relationTo: 'regions',
      required: true,
      index: true,
    },
    {
      name: 'office',
      type: 'select',
      label: { id: 'Jabatan', en: 'Office' },
      required: true,
      index: true,
      options: OFFICES.map((value) => ({ label: OFFICE_LABELS[value], value })),
    },
    {
      name: 'votingDate',
      type: 'date',
      label: { id: 'Hari pemungutan suara', en: 'Voting day' },
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
    {
      name: 'status',
      type: 'select',
      label: { id: 'Status', en: 'Status' },
      required: true,
      defaultValue: 'scheduled',
      index: true,
      options: ELECTION_STATUSES.map((value) => ({ label: ELECTION_STATUS_LABELS[value], value })),
    },
    {
      name: 'statusReason',
      type: 'textarea',
      label: { id: 'Alasan status', en: 'Reason for the status' },
      localized: true,
      admin: {
        condition: (data) => isExceptional(data?.status),
        description: {
          id: 'Wajib untuk pemilihan ulang, ditunda atau dibatalkan: jelaskan kepada pemilih.',
          en: 'Required for a re-run, postponed or cancelled election: explain it to voters.',
        },
      },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ status: string }> }) =>
        !isExceptional(siblingData?.status) ||
        (typeof value === 'string' && value.trim().length > 0) ||
        'Alasan wajib diisi bila pemilihan diulang, ditunda atau dibatalkan.',
    },
    {
      name: 'statusSource',
      type: 'textarea',
      label: { id: 'Sumber status', en: 'Source of the status' },
      admin: { condition: (data) => isExceptional(data?.status) },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ status: string }> }) =>
        !isExceptional(siblingData?.status) ||
        (typeof value === 'string' && value.trim().length > 0
          ? validateSource(value)
          : 'Sumber wajib diisi bila pemilihan diulang, ditunda atau dibatalkan (mis. putusan MK).'),
    },
    {
      name: 'pollingStations',
      type: 'number',
      label: { id: 'Jumlah TPS', en: 'Polling stations (TPS)' },
      min: 1,
      admin: {
        description: {
          id: 'Jumlah TPS pemilihan ini di seluruh wilayahnya, dengan sumbernya.',
          en: 'The number of polling stations of this race in its whole region, with its source.',
        },
      },
      validate: (value: null | number | undefined) =>
        value === null ||
        value === undefined ||
        (Number.isInteger(value) && value >= 1) ||
        'Jumlah TPS harus bilangan bulat mulai dari 1.',
    },
    sourceField({
      name: 'pollingStationsSource',
      label: { id: 'Sumber jumlah TPS', en: 'Source of the polling-station count' },
      required: false,
      admin: { condition: (data) => Boolean(data?.pollingStations) },
      validate: (
        value: null | string | undefined,
        { siblingData }: { siblingData: Partial<{ pollingStations: number }> },
      ) => validateSource(value, { required: Boolean(siblingData?.pollingStations) }),
    }),
    {
      name: 'candidateCount',
      type: 'number',
      label: { id: 'Jumlah pasangan calon terbit', en: 'Published candidate pairs' },
      defaultValue: 0,
      access: { create: () => false, update: () => false },
      custom: { derived: true },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          id: 'Dihitung dari pasangan calon yang terbit.',
          en: 'Counted from the published candidate pairs.',
        },
      },
    },
    {
      name: 'singleCandidate',
      type: 'checkbox',
      label: {
        id: 'Calon tunggal (melawan kotak kosong)',
        en: 'Single pair (against the empty box)',
      },
      defaultValue: false,
      access: { create: () => false, update: () => false },
      custom: { derived: true },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          id: 'Otomatis: benar bila tepat satu pasangan calon terbit.',
          en: 'Derived: true when exactly one candidate pair is published.',
        },
      },
    },
    {
      name: 'candidates',
      type: 'join',
      label: { id: 'Pasangan calon', en: 'Candidate pairs' },
      collection: 'candidates',
      on: 'election',
      defaultSort: 'ballotNumber',
      defaultLimit: 100,
    },
    ...workflow.fields,
  ],
  endpoints: workflow.endpoints,
  hooks: {
    ...workflow.hooks,
    beforeChange: [...workflow.hooks.beforeChange, checkElection, deriveCountsBeforeChange],
    beforeDelete: [refuseDeleteWithPairs],
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
}
