import type { Access } from 'payload'

/** Editors read drafts; everyone else reads published documents only. */
export const authenticatedOrPublished: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
