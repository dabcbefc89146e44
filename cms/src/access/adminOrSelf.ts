import type { Access } from 'payload'

/** Admins see every account; an editor sees only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } }
}
