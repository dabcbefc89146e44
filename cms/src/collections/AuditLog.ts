import type { CollectionConfig } from 'payload'

import { editorOf, isPlatformAdmin, isPublisher } from '../access/roles'
import { notifyFromAudit } from './Notifications/hooks/notifyFromAudit'

const nobody = () => false

/**
 * Every publish, unpublish, delete, revert, account change and unlock, and every change to an
 * image that published content shows: who, when, which record, which
 * version, why. Written only by the CMS's own hooks; nobody can create, edit or delete an entry
 * through the admin, REST, GraphQL or the Local API with access control. Admins read all of it;
 * publishers read their own authority's entries.
 */
export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: 'audit-log',
  labels: {
    singular: { id: 'Catatan audit', en: 'Audit entry' },
    plural: { id: 'Log audit', en: 'Audit log' },
  },
  access: {
    create: nobody,
    delete: nobody,
    read: ({ req }) => {
      const user = editorOf(req)
      if (isPlatformAdmin(user)) return true
      if (isPublisher(user)) return { authority: { equals: user!.authority } }
      return false
    },
    update: nobody,
  },
  admin: {
    defaultColumns: ['createdAt', 'summary'],
    group: { id: 'Pengaturan', en: 'Settings' },
    useAsTitle: 'targetTitle',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'summary',
      type: 'ui',
      label: { id: 'Apa yang terjadi', en: 'What happened' },
      admin: {
        components: {
          Cell: './components/AuditSummary#AuditSummaryCell',
          Field: './components/AuditSummary#AuditSummaryField',
        },
      },
    },
    {
      name: 'action',
      type: 'select',
      label: { id: 'Tindakan', en: 'Action' },
      required: true,
      index: true,
      options: [
        { label: { id: 'Terbitkan', en: 'Publish' }, value: 'publish' },
        { label: { id: 'Tarik terbitan', en: 'Unpublish' }, value: 'unpublish' },
        { label: { id: 'Hapus', en: 'Delete' }, value: 'delete' },
        { label: { id: 'Pulihkan versi', en: 'Revert' }, value: 'revert' },
        {
          label: { id: 'Diajukan untuk ditinjau', en: 'Submitted for review' },
          value: 'review_submit',
        },
        {
          label: { id: 'Dikembalikan untuk perbaikan', en: 'Sent back for changes' },
          value: 'review_request_changes',
        },
        { label: { id: 'Kembali menjadi draf', en: 'Back to draft' }, value: 'review_to_draft' },
        {
          label: { id: 'Jadwal terbit dibatalkan', en: 'Scheduled publish cancelled' },
          value: 'schedule_cancel',
        },
        { label: { id: 'Akun dibuat', en: 'Account created' }, value: 'account_create' },
        { label: { id: 'Akun diubah', en: 'Account changed' }, value: 'account_update' },
        { label: { id: 'Akun dihapus', en: 'Account deleted' }, value: 'account_delete' },
        { label: { id: 'Akun dibuka kuncinya', en: 'Account unlocked' }, value: 'account_unlock' },
        { label: { id: 'Gambar terbit diubah', en: 'Live image changed' }, value: 'media_update' },
        { label: { id: 'Gambar terbit dihapus', en: 'Live image deleted' }, value: 'media_delete' },
      ],
    },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { id: 'Oleh', en: 'By' } },
    { name: 'actorName', type: 'text', label: { id: 'Nama pelaku', en: 'Actor name' } },
    {
      name: 'actorEmail',
      type: 'text',
      label: { id: 'Email pelaku', en: 'Actor email' },
      required: true,
    },
    {
      name: 'targetCollection',
      type: 'text',
      label: { id: 'Koleksi', en: 'Collection' },
      required: true,
      index: true,
    },
    {
      name: 'targetId',
      type: 'text',
      label: { id: 'ID dokumen', en: 'Document ID' },
      required: true,
      index: true,
    },
    { name: 'targetTitle', type: 'text', label: { id: 'Dokumen', en: 'Document' } },
    { name: 'versionId', type: 'text', label: { id: 'ID versi', en: 'Version ID' } },
    { name: 'reason', type: 'textarea', label: { id: 'Alasan', en: 'Reason' } },
    {
      name: 'authority',
      type: 'select',
      label: { id: 'Lembaga', en: 'Authority' },
      required: true,
      index: true,
      options: ['kpu', 'bawaslu', 'platform'],
    },
    { name: 'details', type: 'json', label: { id: 'Rincian', en: 'Details' } },
  ],
  hooks: {
    afterChange: [notifyFromAudit],
  },
}
