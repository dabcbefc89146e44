import type { FlattenedField } from 'payload'

/** Fields that the workflow itself keeps; they are no editor's content. */
const WORKFLOW_FIELDS = new Set([
  'id',
  '_status',
  'createdAt',
  'updatedAt',
  'globalType',
  'lastEditedBy',
  'publishedBy',
  'reviewState',
  'reviewComment',
  'submittedBy',
  'submittedAt',
])

/**
 * Values compared as readers get them: relationships by id, objects with their keys in order,
 * and an empty value the same whether it is missing, null, '' or [].
 */
const normalize = (value: unknown): unknown => {
  if (value === '' || (Array.isArray(value) && value.length === 0)) return null
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const record = value as unknown as Record<string, unknown>
    if ('id' in record && ('collection' in record || 'createdAt' in record))
      return String(record.id)
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => key !== 'id')
        .sort()
        .map((key) => [key, normalize(record[key])])
        .filter(([, normalized]) => normalized !== null),
    )
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return value ?? null
}

/** The names of fields that nobody types: joins, virtual fields and derived values. */
const derivedFields = (fields: FlattenedField[]) =>
  fields
    .filter(
      (field) =>
        field.type === 'join' ||
        ('virtual' in field && field.virtual) ||
        (field.custom as undefined | { derived?: boolean })?.derived,
    )
    .map((field) => field.name)

/** The fields a save changes that readers would see (workflow and derived fields aside). */
export const changedContent = (
  data: Record<string, unknown>,
  previous: Record<string, unknown>,
  fields: FlattenedField[],
): string[] => {
  const skip = new Set([...WORKFLOW_FIELDS, ...derivedFields(fields)])
  return Object.keys(data).filter(
    (key) =>
      !skip.has(key) &&
      JSON.stringify(normalize(data[key])) !== JSON.stringify(normalize(previous[key])),
  )
}
