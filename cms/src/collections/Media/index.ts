import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { changeMedia, createMedia, readMedia } from '../../access/media'
import { editorOf } from '../../access/roles'
import { rebuildAfterChange, rebuildAfterDelete } from '../../hooks/rebuild'
import {
  auditLiveImageChange,
  auditLiveImageDelete,
  noteLiveImageDelete,
} from './hooks/auditLiveImage'
import { capPixels, maxMegapixels } from './hooks/capPixels'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const webp = { format: 'webp' as const, options: { quality: 78 } }

/** Images (candidate photos, illustrations), resized by sharp to sizes that suit phones. */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: {
    singular: { id: 'Media', en: 'Media' },
    plural: { id: 'Media', en: 'Media' },
  },
  access: {
    create: createMedia,
    delete: changeMedia,
    read: readMedia,
    update: changeMedia,
  },
  admin: {
    group: { id: 'Konten', en: 'Content' },
    useAsTitle: 'alt',
  },
  // An image's URLs are made from its file names as it is read: a read that selects only the
  // URLs (GraphQL selects what a query asks for, graphql/execute.ts) still needs the names.
  forceSelect: {
    filename: true,
    sizes: {
      thumbnail: { filename: true },
      small: { filename: true },
      medium: { filename: true },
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { id: 'Teks alternatif', en: 'Alt text' },
      required: true,
      localized: true,
      admin: {
        description: {
          id: 'Apa yang terlihat pada gambar, untuk pembaca layar.',
          en: 'What the image shows, for screen readers.',
        },
      },
    },
    {
      name: 'credit',
      type: 'text',
      label: { id: 'Sumber gambar', en: 'Image credit' },
    },
    {
      name: 'authority',
      type: 'select',
      label: { id: 'Lembaga pemilik', en: 'Owning authority' },
      options: ['kpu', 'bawaslu'],
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { id: 'Diunggah oleh', en: 'Uploaded by' },
      index: true,
      access: { read: ({ req }) => Boolean(req.user) },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
  hooks: {
    // Audits first: the rebuild hooks' content-version write leaves `seeding` in req.context.
    afterChange: [auditLiveImageChange, rebuildAfterChange],
    afterDelete: [auditLiveImageDelete, rebuildAfterDelete],
    beforeDelete: [noteLiveImageDelete],
    beforeOperation: [capPixels],
    beforeChange: [
      ({ data, operation, req }) => {
        // An image belongs to its uploader's authority; nobody reassigns it.
        const user = editorOf(req)
        if (operation === 'create' && user) {
          data.authority = user.authority
          data.uploadedBy = user.id
        }
        if (operation === 'update' && user) {
          delete data.authority
          delete data.uploadedBy
        }
        return data
      },
    ],
  },
  upload: {
    staticDir: process.env.MEDIA_DIR || path.resolve(dirname, '../../../media'),
    // A backstop behind capPixels: sharp itself refuses more pixels than that.
    constructorOptions: { limitInputPixels: Math.round(maxMegapixels() * 1_000_000) },
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    formatOptions: webp,
    // WebP in every size: a third of the bytes of a PNG or JPEG on a metered connection.
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, position: 'centre', formatOptions: webp },
      { name: 'small', width: 360, formatOptions: webp },
      { name: 'medium', width: 720, formatOptions: webp },
    ],
    adminThumbnail: 'thumbnail',
  },
}
