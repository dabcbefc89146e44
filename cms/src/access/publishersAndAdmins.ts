import type { Access } from 'payload'

import { editorOf, isPlatformAdmin, isPublisher } from './roles'

/** Platform admins and the publishers of KPU and Bawaslu (national or regional). */
export const publishersAndAdmins: Access = ({ req }) => {
  const user = editorOf(req)
  return isPlatformAdmin(user) || isPublisher(user)
}
