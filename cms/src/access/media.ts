import type { Access } from 'payload'

import { editorOf, isEditor, isNational } from './roles'

/** Any KPU or Bawaslu editor uploads images; they belong to the uploader's authority. */
export const createMedia: Access = ({ req }) => isEditor(editorOf(req))

/**
 * National accounts change and delete their authority's images; regional accounts only the
 * images they uploaded themselves.
 */
export const changeMedia: Access = ({ req }) => {
  const user = editorOf(req)
  if (!isEditor(user)) return false
  const own = { authority: { equals: user!.authority } }
  return isNational(user) ? own : { and: [own, { uploadedBy: { equals: user!.id } }] }
}
