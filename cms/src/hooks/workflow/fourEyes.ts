import type { FlattenedField, PayloadRequest } from 'payload'

import { refuse } from '../../lib/refuse'
import { relationId } from '../../lib/relationId'
import { fieldError } from '../../lib/validationError'
import { changedContent } from './changedContent'

export const OWN_CHANGE =
  'Anda tidak dapat menerbitkan perubahan yang Anda buat sendiri. Simpan sebagai draf; penerbit lain meninjau dan menerbitkannya.'

export const NOT_SUBMITTED =
  'Dokumen ini belum diajukan untuk ditinjau, jadi belum dapat diterbitkan. Minta penulisnya memilih "Diajukan untuk ditinjau" dan menyimpan; setelah itu Anda dapat menerbitkannya.'

/**
 * The four-eyes rule, for collections and globals alike: a publisher publishes only what
 * someone else wrote and submitted for review, and changes nothing that readers see while
 * publishing. Returns the author to keep as `lastEditedBy`.
 */
export const checkFourEyes = ({
  data,
  fields,
  previous,
  req,
  target,
  user,
}: {
  data: Record<string, unknown>
  fields: FlattenedField[]
  previous: Record<string, unknown>
  req: PayloadRequest
  /** Where the refusal of an unsubmitted document shows: its review state field. */
  target: { collection: string } | { global: string }
  user: { id: number | string }
}): null | string => {
  const author = relationId(previous.lastEditedBy)
  if (author === String(user.id)) throw refuse(OWN_CHANGE)
  const changed = changedContent(data, previous, fields)
  if (changed.length > 0) {
    throw refuse(`${OWN_CHANGE} (Diubah saat menerbitkan: ${changed.join(', ')}.)`)
  }
  if (
    previous.reviewState !== 'submitted' ||
    relationId(previous.submittedBy) === String(user.id)
  ) {
    throw fieldError(req, { ...target, path: 'reviewState', message: NOT_SUBMITTED })
  }
  return author
}
