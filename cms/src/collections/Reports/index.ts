import type { CollectionConfig } from 'payload'

import { REPORT_LIMITS, REPORT_STATUSES, type ReportStatus } from '@pilkada/shared/reports'

import { isAdmin } from '../../access/isAdmin'
import { nobody, nobodyField } from '../../access/nobody'
import { publishersAndAdmins } from '../../access/publishersAndAdmins'
import { submitEndpoints } from './endpoints/submit'

const STATUS_LABELS: Record<ReportStatus, { en: string; id: string }> = {
  new: { id: 'Baru', en: 'New' },
  checking: { id: 'Sedang diperiksa', en: 'Being checked' },
  answered: { id: 'Dijawab dengan cek fakta', en: 'Answered by a fact-check' },
  dismissed: { id: 'Diabaikan', en: 'Dismissed' },
}

/**
 * What voters report through the guide's "Laporkan hoaks" form. Created only by the form's
 * endpoint (endpoints/submit.ts); never public: only platform admins and KPU's and Bawaslu's
 * publishers read and triage reports, over REST and the admin. Not in GraphQL, whose schema is
 * the public contract. What the reporter wrote is kept as they wrote it and never edited.
 */
export const Reports: CollectionConfig<'reports'> = {
  slug: 'reports',
  labels: {
    singular: { id: 'Laporan hoaks', en: 'Misinformation report' },
    plural: { id: 'Laporan hoaks', en: 'Misinformation reports' },
  },
  access: {
    create: nobody,
    delete: isAdmin,
    read: publishersAndAdmins,
    update: publishersAndAdmins,
  },
  admin: {
    defaultColumns: ['seen', 'where', 'status', 'createdAt'],
    description: {
      id: 'Kiriman pembaca dari formulir "Laporkan hoaks" di panduan. Isinya ditulis pembaca dan belum diperiksa.',
      en: 'Readers\' submissions from the guide\'s "Report misinformation" form, unchecked.',
    },
    group: { id: 'Masukan pembaca', en: "Readers' input" },
    useAsTitle: 'seen',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'seen',
      type: 'textarea',
      label: { id: 'Apa yang dilihat', en: 'What was seen' },
      required: true,
      maxLength: REPORT_LIMITS.seen,
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'where',
      type: 'textarea',
      label: { id: 'Di mana (tautan atau aplikasi)', en: 'Where (link or app)' },
      required: true,
      maxLength: REPORT_LIMITS.where,
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'contact',
      type: 'text',
      label: { id: 'Kontak pelapor', en: "Reporter's contact" },
      maxLength: REPORT_LIMITS.contact,
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'locale',
      type: 'select',
      label: { id: 'Bahasa formulir', en: 'Language of the form' },
      required: true,
      defaultValue: 'id',
      options: [
        { label: 'Bahasa Indonesia', value: 'id' },
        { label: 'English', value: 'en' },
      ],
      access: { update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      label: { id: 'Status', en: 'Status' },
      required: true,
      defaultValue: 'new',
      index: true,
      options: REPORT_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'factCheck',
      type: 'relationship',
      relationTo: 'fact-checks',
      label: { id: 'Dijawab oleh cek fakta', en: 'Answered by fact-check' },
      admin: {
        position: 'sidebar',
        condition: (data) => data?.status === 'answered',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.status === 'answered' && !value
          ? 'Pilih cek fakta yang menjawab laporan ini, atau ubah statusnya.'
          : true,
    },
  ],
  endpoints: submitEndpoints,
  graphQL: false,
}
