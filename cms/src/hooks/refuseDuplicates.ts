import type { CollectionBeforeValidateHook, Field } from 'payload'

import { fieldError } from '../lib/validationError'

/** The top-level fields of a collection that the database keeps unique. */
export const uniqueFieldsOf = (fields: Field[], isAuth: boolean) => [
  ...(isAuth ? [{ name: 'email', label: 'E-mail' }] : []),
  ...fields.flatMap((field) =>
    'name' in field && 'unique' in field && field.unique
      ? [{ name: field.name, label: labelOf(field) }]
      : [],
  ),
]

const labelOf = (field: Field) => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'id' in label) return String(label.id)
  return 'name' in field ? field.name : ''
}

/**
 * Refuses a value that another document of the collection already holds, before the database
 * is asked, so that an editor reads the same specific Indonesian message on SQLite and MongoDB
 * (their own unique-index errors differ in wording). The unique index stays as the
 * last guard against two saves at once.
 */
export const refuseDuplicates =
  (fields: { name: string; label: string }[]): CollectionBeforeValidateHook =>
  async ({ collection, data, originalDoc, req }) => {
    for (const { name, label } of fields) {
      const value = data?.[name]
      if (typeof value !== 'string' && typeof value !== 'number') continue
      if (value === '' || (originalDoc && originalDoc[name] === value)) continue
      const { docs } = await req.payload.find({
        collection: collection.slug,
        where: {
          and: [
            { [name]: { equals: value } },
            ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
          ],
        },
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      // The holder is not named: it may be another authority's draft.
      if (docs.length > 0) {
        throw fieldError(req, {
          collection: collection.slug,
          path: name,
          label,
          message: `${label} "${value}" sudah dipakai oleh dokumen lain. Setiap ${label.toLowerCase()} hanya boleh dipakai sekali; pilih yang lain.`,
        })
      }
    }
    return data
  }
