import type { Access, CollectionConfig } from 'payload'

import { nobody, nobodyField } from '../../access/nobody'

const ownOnly: Access = ({ req: { user } }) => (user ? { recipient: { equals: user.id } } : false)

/**
 * What an editor is told: a document submitted to them, sent back to them, published, or a
 * failed site build. Written by the CMS's own hooks (see notify.ts), each also sent by e-mail;
 * only its recipient reads it, marks it read or deletes it.
 */
export const Notifications: CollectionConfig<'notifications'> = {
  slug: 'notifications',
  labels: {
    singular: { id: 'Pemberitahuan', en: 'Notification' },
    plural: { id: 'Pemberitahuan', en: 'Notifications' },
  },
  access: {
    create: nobody,
    delete: ownOnly,
    read: ownOnly,
    update: ownOnly,
  },
  admin: {
    defaultColumns: ['message', 'read', 'createdAt'],
    group: { id: 'Pengaturan', en: 'Settings' },
    useAsTitle: 'message',
  },
  defaultSort: '-createdAt',
  // The admin's own; not part of the public API's schema.
  graphQL: false,
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      label: { id: 'Penerima', en: 'Recipient' },
      required: true,
      index: true,
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'kind',
      type: 'select',
      label: { id: 'Jenis', en: 'Kind' },
      required: true,
      access: { update: nobodyField },
      admin: { readOnly: true },
      options: [
        { label: { id: 'Diajukan kepada Anda', en: 'Submitted to you' }, value: 'submitted' },
        {
          label: { id: 'Dikembalikan untuk perbaikan', en: 'Sent back for changes' },
          value: 'changes_requested',
        },
        { label: { id: 'Diterbitkan', en: 'Published' }, value: 'published' },
        {
          label: { id: 'Pembangunan situs gagal', en: 'Site build failed' },
          value: 'build_failed',
        },
      ],
    },
    {
      name: 'message',
      type: 'text',
      label: { id: 'Pesan', en: 'Message' },
      required: true,
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'link',
      type: 'text',
      label: { id: 'Tautan', en: 'Link' },
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'read',
      type: 'checkbox',
      label: { id: 'Sudah dibaca', en: 'Read' },
      defaultValue: false,
      index: true,
    },
  ],
}
