import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { STAGE_SCOPES } from '@pilkada/shared'

import { sourceField } from '../fields/source'
import { fieldError } from '../lib/validationError'
import { relationId } from '../lib/relationId'
import type { Stage } from '@pilkada/shared/payload-types'
import { editorialWorkflow } from './editorialWorkflow'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'd MMMM yyyy' } }

/** One stage per key in each scope: the national "masa_tenang", or one region's. */
const uniqueKeyPerScope: CollectionBeforeChangeHook<Stage> = async ({ data, originalDoc, req }) => {
  const key = data.key ?? originalDoc?.key
  const scope = data.scope ?? originalDoc?.scope
  const region = scope === 'regional' ? relationId(data.region ?? originalDoc?.region) : null
  const { totalDocs } = await req.payload.count({
    collection: 'stages',
    where: {
      and: [
        { key: { equals: key } },
        region ? { region: { equals: region } } : { scope: { equals: 'national' } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    req,
  })
  if (totalDocs > 0) {
    throw fieldError(req, {
      collection: 'stages',
      path: 'key',
      message: `Tahapan dengan kunci "${key}" sudah ada di cakupan ini.`,
    })
  }
  return data
}

/** A stage (tahapan) of the election timeline, national or for one region. */
const workflow = editorialWorkflow('stages', { owner: 'kpu', regional: true })

export const Stages: CollectionConfig<'stages'> = {
  slug: 'stages',
  labels: {
    singular: { id: 'Tahapan', en: 'Stage' },
    plural: { id: 'Tahapan', en: 'Stages' },
  },
  access: workflow.access,
  admin: {
    defaultColumns: ['name', 'start', 'end', 'scope', 'reviewState', '_status'],
    group: { id: 'Pemilihan', en: 'Elections' },
    useAsTitle: 'name',
  },
  defaultSort: ['start', 'end'],
  fields: [
    {
      name: 'key',
      type: 'text',
      label: { id: 'Kunci', en: 'Key' },
      required: true,
      index: true,
      admin: {
        description: {
          id: 'Pengenal tetap, huruf kecil dan garis bawah, mis. "pemungutan_suara".',
          en: 'A stable identifier, lower case and underscores, e.g. "pemungutan_suara".',
        },
      },
      validate: (value: null | string | undefined) =>
        (typeof value === 'string' && /^[a-z0-9]+(?:_[a-z0-9]+)*$/.test(value)) ||
        'Kunci hanya boleh berisi huruf kecil, angka dan garis bawah (mis. "masa_tenang").',
    },
    {
      name: 'name',
      type: 'text',
      label: { id: 'Nama tahapan', en: 'Stage name' },
      required: true,
      localized: true,
    },
    {
      name: 'description',
      type: 'textarea',
      label: { id: 'Keterangan', en: 'Description' },
      localized: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          label: { id: 'Mulai', en: 'Start' },
          required: true,
          index: true,
          admin: dayOnly,
        },
        {
          name: 'end',
          type: 'date',
          label: { id: 'Selesai', en: 'End' },
          required: true,
          admin: dayOnly,
          validate: (
            value: unknown,
            { siblingData }: { siblingData: Partial<{ start: unknown }> },
          ) => {
            if (!value) return 'Tanggal selesai wajib diisi.'
            const start = siblingData?.start ? new Date(String(siblingData.start)) : null
            const end = new Date(String(value))
            if (Number.isNaN(end.getTime())) return 'Tanggal selesai tidak valid.'
            return !start || end.getTime() >= start.getTime()
              ? true
              : 'Tanggal selesai tidak boleh sebelum tanggal mulai.'
          },
        },
      ],
    },
    {
      name: 'scope',
      type: 'select',
      label: { id: 'Cakupan', en: 'Scope' },
      required: true,
      defaultValue: 'national',
      options: STAGE_SCOPES.map((value) => ({
        label:
          value === 'national'
            ? { id: 'Nasional', en: 'National' }
            : { id: 'Satu wilayah', en: 'One region' },
        value,
      })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'region',
      type: 'relationship',
      label: { id: 'Wilayah', en: 'Region' },
      relationTo: 'regions',
      index: true,
      admin: { position: 'sidebar', condition: (data) => data?.scope === 'regional' },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ scope: string }> }) => {
        if (siblingData?.scope === 'regional') return value ? true : 'Pilih wilayah tahapan ini.'
        return value ? 'Tahapan nasional tidak memiliki wilayah.' : true
      },
    },
    sourceField(),
    ...workflow.fields,
  ],
  endpoints: workflow.endpoints,
  hooks: {
    ...workflow.hooks,
    beforeChange: [...workflow.hooks.beforeChange, uniqueKeyPerScope],
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
}
