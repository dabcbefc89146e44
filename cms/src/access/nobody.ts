import type { Access, FieldAccess } from 'payload'

/** Nobody, through any API with access control: only the CMS's own code writes these. */
export const nobody: Access = () => false

export const nobodyField: FieldAccess = () => false
