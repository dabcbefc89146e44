import type { GlobalConfig } from 'payload'

import { parseLink, validateSource } from '@pilkada/shared/sources'

import { workflowFields } from '../fields/workflowFields'
import { rebuildAfterGlobalChange } from '../hooks/rebuild'
import {
  auditSettingsChange,
  rememberSettingsDraft,
  siteSettingsGuard,
} from '../hooks/siteSettings'
import { editorOf, isEditor, isNational, isPlatformAdmin, isPublisher } from '../access/roles'

/** What the whole guide shows: voting day, an emergency notice, the official links. */
export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  label: { id: 'Pengaturan situs', en: 'Site settings' },
  // The settings say what every page shows (voting day, the emergency notice): KPU's national
  // accounts keep them; contributors save drafts and submit them, publishers publish.
  access: {
    readVersions: ({ req }) => {
      const user = editorOf(req)
      return isPlatformAdmin(user) || user?.authority === 'kpu'
    },
    read: ({ req }) => {
      const user = editorOf(req)
      if (isPlatformAdmin(user) || user?.authority === 'kpu') return true
      return { _status: { equals: 'published' } }
    },
    update: ({ req, data }) => {
      const user = editorOf(req)
      if (data?._status === 'published' && !isPublisher(user)) return false
      return isEditor(user) && user!.authority === 'kpu' && isNational(user)
    },
  },
  admin: {
    group: { id: 'Pengaturan', en: 'Settings' },
  },
  graphQL: { name: 'SiteSettings' },
  fields: [
    ...workflowFields,
    {
      name: 'votingDay',
      type: 'date',
      label: { id: 'Hari pemungutan suara', en: 'Voting day' },
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
    {
      name: 'votingHours',
      type: 'text',
      label: { id: 'Jam pemungutan suara', en: 'Voting hours' },
      required: true,
      localized: true,
    },
    {
      name: 'votingSource',
      type: 'textarea',
      label: { id: 'Sumber hari dan jam pemungutan suara', en: 'Source of voting day and hours' },
      required: true,
      validate: (value: null | string | undefined) => validateSource(value),
    },
    {
      name: 'notice',
      type: 'group',
      label: { id: 'Pengumuman darurat', en: 'Emergency notice' },
      admin: {
        description: {
          id: 'Tampil di atas setiap halaman selama aktif, mis. "Jam pemungutan suara diperpanjang".',
          en: 'Shown above every page while active, e.g. "Voting hours extended".',
        },
      },
      fields: [
        {
          name: 'active',
          type: 'checkbox',
          label: { id: 'Tampilkan', en: 'Show' },
          defaultValue: false,
        },
        {
          name: 'level',
          type: 'select',
          label: { id: 'Tingkat', en: 'Level' },
          defaultValue: 'warning',
          options: [
            { label: { id: 'Informasi', en: 'Information' }, value: 'info' },
            { label: { id: 'Peringatan', en: 'Warning' }, value: 'warning' },
          ],
        },
        {
          name: 'message',
          type: 'textarea',
          label: { id: 'Pesan', en: 'Message' },
          localized: true,
          maxLength: 500,
          validate: (
            value: unknown,
            { siblingData }: { siblingData: Partial<{ active: boolean }> },
          ) =>
            !siblingData?.active ||
            (typeof value === 'string' && value.trim().length > 0) ||
            'Tulis pesan pengumuman, atau matikan "Tampilkan".',
        },
        {
          name: 'source',
          type: 'textarea',
          label: { id: 'Sumber', en: 'Source' },
          validate: (
            value: unknown,
            { siblingData }: { siblingData: Partial<{ active: boolean }> },
          ) =>
            !siblingData?.active ||
            (typeof value === 'string' && value.trim().length > 0) ||
            'Pengumuman yang tampil wajib menyebut sumbernya.',
        },
      ],
    },
    {
      name: 'officialLinks',
      type: 'array',
      label: { id: 'Tautan resmi', en: 'Official links' },
      fields: [
        {
          name: 'label',
          type: 'text',
          label: { id: 'Nama', en: 'Label' },
          required: true,
          localized: true,
        },
        {
          name: 'url',
          type: 'text',
          label: { id: 'Alamat', en: 'URL' },
          required: true,
          maxLength: 2_000,
          validate: (value: null | string | undefined) =>
            parseLink(value)?.href.startsWith('https://') ||
            'Alamat harus berupa tautan https:// lengkap yang dapat dibuka, mis. "https://www.kpu.go.id".',
        },
        {
          name: 'description',
          type: 'text',
          label: { id: 'Keterangan', en: 'Description' },
          localized: true,
        },
      ],
    },
  ],
  hooks: {
    afterChange: [auditSettingsChange, rebuildAfterGlobalChange],
    beforeChange: [siteSettingsGuard],
    beforeOperation: [rememberSettingsDraft],
  },
  versions: {
    drafts: { schedulePublish: true },
    max: 50,
  },
}
