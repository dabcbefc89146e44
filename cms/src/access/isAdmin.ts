import type { Access, FieldAccess } from 'payload'

import { editorOf, isPlatformAdmin } from './roles'

export const isAdmin: Access = ({ req }) => isPlatformAdmin(editorOf(req))

export const isAdminField: FieldAccess = ({ req }) => isPlatformAdmin(editorOf(req))
