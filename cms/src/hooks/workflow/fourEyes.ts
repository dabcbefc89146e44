import type { FlattenedField } from 'payload'

import { refuse } from '../../lib/refuse'
import { relationId } from '../../lib/relationId'
import { changedContent } from './changedContent'

export const OWN_CHANGE =
  'Anda tidak dapat menerbitkan perubahan yang Anda buat sendiri. Simpan sebagai draf; penerbit lain meninjau dan menerbitkannya.'

/**
 * The four-eyes rule, for collections and globals alike: a publisher publishes only what
 * someone else wrote, and changes nothing that readers see while publishing. Returns the author
 * to keep as `lastEditedBy`.
 */
export const checkFourEyes = ({
  data,
  fields,
  previous,
  user,
}: {
  data: Record<string, unknown>
  fields: FlattenedField[]
  previous: Record<string, unknown>
  user: { id: number | string }
}): null | string => {
  const author = relationId(previous.lastEditedBy)
  if (author === String(user.id)) throw refuse(OWN_CHANGE)
  const changed = changedContent(data, previous, fields)
  if (changed.length > 0) {
    throw refuse(`${OWN_CHANGE} (Diubah saat menerbitkan: ${changed.join(', ')}.)`)
  }
  return author
}
