import type { TextField } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Lower-case ASCII words joined by hyphens: "Kota Bandung" → "kota-bandung". */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

/**
 * A unique URL slug, filled from `fromField` (in the default locale) when left empty.
 * Not localized: the same page has the same slug in every language.
 */
export const slugField = (fromField = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  label: { id: 'Slug (alamat halaman)', en: 'Slug (page address)' },
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: {
      id: 'Huruf kecil, angka dan tanda hubung. Dikosongkan: dibuat dari judul.',
      en: 'Lower-case letters, digits and hyphens. Left empty: made from the title.',
    },
  },
  hooks: {
    beforeValidate: [
      ({ value, data }) => {
        if (typeof value === 'string' && value.trim()) return value.trim()
        const from = data?.[fromField]
        return typeof from === 'string' ? slugify(from) : value
      },
    ],
  },
  validate: (value: null | string | undefined) =>
    (typeof value === 'string' && SLUG_PATTERN.test(value)) ||
    'Slug hanya boleh berisi huruf kecil, angka dan tanda hubung (mis. "cara-mencoblos").',
})
