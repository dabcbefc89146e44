import type { CollectionConfig } from 'payload'

import { REGION_CODE_PATTERN, REGION_TYPES } from '@pilkada/shared'
import { REGION_TYPE_LABELS } from '@pilkada/shared/labels'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { slugField } from '../fields/slug'
import { rebuildAfterChange, rebuildAfterDelete } from '../hooks/rebuild'

/**
 * Provinces, regencies and cities with their Kemendagri codes: reference data from
 * `shared/data/regions.csv`, changed by platform admins only.
 */
export const Regions: CollectionConfig<'regions'> = {
  slug: 'regions',
  labels: {
    singular: { id: 'Wilayah', en: 'Region' },
    plural: { id: 'Wilayah', en: 'Regions' },
  },
  access: {
    create: isAdmin,
    delete: isAdmin,
    read: anyone,
    update: isAdmin,
  },
  admin: {
    defaultColumns: ['code', 'name', 'type', 'province'],
    group: { id: 'Pemilihan', en: 'Elections' },
    listSearchableFields: ['code', 'name'],
    useAsTitle: 'name',
  },
  defaultSort: 'code',
  fields: [
    {
      name: 'code',
      type: 'text',
      label: { id: 'Kode Kemendagri', en: 'Kemendagri code' },
      required: true,
      unique: true,
      index: true,
      admin: {
        description: {
          id: 'Provinsi "NN" (mis. 32), kabupaten/kota "NN.NN" (mis. 32.73).',
          en: 'Province "NN" (e.g. 32), regency/city "NN.NN" (e.g. 32.73).',
        },
      },
      validate: (
        value: null | string | undefined,
        { siblingData }: { siblingData: Partial<{ type: string }> },
      ) => {
        if (typeof value !== 'string' || !REGION_CODE_PATTERN.test(value)) {
          return `Kode wilayah "${value ?? ''}" tidak sesuai format Kemendagri: provinsi "NN" (mis. 32), kabupaten/kota "NN.NN" (mis. 32.73).`
        }
        const isProvinceCode = value.length === 2
        if (siblingData?.type && (siblingData.type === 'provinsi') !== isProvinceCode) {
          return isProvinceCode
            ? `Kode "${value}" adalah kode provinsi, tetapi jenis wilayahnya bukan provinsi.`
            : `Kode "${value}" adalah kode kabupaten/kota, tetapi jenis wilayahnya provinsi.`
        }
        return true
      },
    },
    {
      name: 'name',
      type: 'text',
      label: { id: 'Nama', en: 'Name' },
      required: true,
    },
    {
      name: 'type',
      type: 'select',
      label: { id: 'Jenis', en: 'Type' },
      required: true,
      index: true,
      options: REGION_TYPES.map((value) => ({ label: REGION_TYPE_LABELS[value], value })),
    },
    {
      name: 'province',
      type: 'relationship',
      label: { id: 'Provinsi induk', en: 'Parent province' },
      relationTo: 'regions',
      index: true,
      filterOptions: { type: { equals: 'provinsi' } },
      admin: {
        condition: (data) => data?.type !== 'provinsi',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ type: string }> }) => {
        if (siblingData?.type === 'provinsi') {
          return value ? 'Provinsi tidak memiliki provinsi induk.' : true
        }
        return value ? true : 'Kabupaten/kota wajib memiliki provinsi induk.'
      },
    },
    slugField('name'),
    {
      name: 'regencies',
      type: 'join',
      label: { id: 'Kabupaten/kota', en: 'Regencies and cities' },
      collection: 'regions',
      on: 'province',
      defaultSort: 'code',
      defaultLimit: 100,
      admin: { condition: (data) => data?.type === 'provinsi' },
    },
    {
      name: 'elections',
      type: 'join',
      label: { id: 'Pemilihan', en: 'Elections' },
      collection: 'elections',
      on: 'region',
      defaultLimit: 100,
    },
  ],
  hooks: {
    afterChange: [rebuildAfterChange],
    afterDelete: [rebuildAfterDelete],
  },
}
