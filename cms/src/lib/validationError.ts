import {
  ValidationError,
  type CollectionSlug,
  type FlattenedField,
  type PayloadRequest,
} from 'payload'

export type Label = NonNullable<
  ConstructorParameters<typeof ValidationError>[0]['errors'][number]['label']
>

export type FieldRefusal = {
  /** The collection or the global whose field is at fault. */
  collection?: string
  global?: string
  /** The field's path in the document, e.g. `ballotNumber` or `officialLinks.0.url`. */
  path: string
  /** What is wrong and what to do, in Indonesian. */
  message: string
  /** The field's label; a top-level field's own label when left out. */
  label?: Label
}

const labelOf = (req: PayloadRequest, { collection, global, path }: FieldRefusal) => {
  const fields: FlattenedField[] | undefined = collection
    ? req.payload.collections[collection as CollectionSlug]?.config.flattenedFields
    : req.payload.config.globals.find((g) => g.slug === global)?.flattenedFields
  const field = fields?.find((f) => f.name === path)
  return field && 'label' in field && field.label ? (field.label as Label) : undefined
}

/**
 * A refusal that names the field and says in Indonesian what is wrong. Thrown from a hook, it
 * aborts the operation before anything is written; REST and GraphQL answer 400 with
 * `{ path, message }`, the admin shows the message on the field and a toast in the editor's
 * language that names the field by its label ("Isian berikut tidak valid: Nomor urut").
 * Payload writes that toast in English unless it is given the request's `t`.
 */
export const fieldError = (req: PayloadRequest, refusal: FieldRefusal): ValidationError => {
  const { collection, global, path, message } = refusal
  const error = new ValidationError(
    {
      collection,
      global,
      errors: [{ label: refusal.label ?? labelOf(req, refusal), message, path }],
      req,
    },
    req.t,
  )
  // The label served the toast; the answer keeps the shape apps already read.
  error.data = { ...error.data, errors: [{ message, path }] }
  error.name = 'ValidationError'
  return error
}
