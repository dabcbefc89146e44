/** The id of a relationship value, whether it arrives as an id or as a populated document. */
export const relationId = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}
