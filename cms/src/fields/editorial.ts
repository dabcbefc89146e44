import type { Field } from 'payload'

/**
 * Who wrote the latest change and who published it, kept by the editorial guard. Read-only in
 * the admin; nobody sets them through the API.
 */
export const editorialFields: Field[] = [
  {
    name: 'submittedForReview',
    type: 'checkbox',
    label: { id: 'Ajukan untuk ditinjau', en: 'Submit for review' },
    defaultValue: false,
    admin: {
      position: 'sidebar',
      description: {
        id: 'Kontributor: centang lalu simpan draf agar penerbit meninjau dan menerbitkannya.',
        en: 'Contributors: tick and save the draft so that a publisher reviews and publishes it.',
      },
    },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { id: 'Terakhir disunting oleh', en: 'Last edited by' },
    access: { create: () => false, update: () => false, read: ({ req }) => Boolean(req.user) },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'publishedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { id: 'Diterbitkan oleh', en: 'Published by' },
    access: { create: () => false, update: () => false, read: ({ req }) => Boolean(req.user) },
    admin: { position: 'sidebar', readOnly: true },
  },
]
