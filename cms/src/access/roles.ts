import type { PayloadRequest } from 'payload'

import type { User } from '@pilkada/shared/payload-types'

export type Editor = User

export const editorOf = (req: Pick<PayloadRequest, 'user'>): Editor | null =>
  req.user && (req.user as { collection?: string }).collection === 'users'
    ? (req.user as Editor)
    : null

export const isPlatformAdmin = (user: Editor | null) => user?.role === 'admin'
export const isPublisher = (user: Editor | null) => user?.role === 'publisher'
/** Contributors and publishers of KPU or Bawaslu: the accounts that write content. */
export const isEditor = (user: Editor | null) =>
  Boolean(
    user &&
    (user.role === 'publisher' || user.role === 'contributor') &&
    user.authority !== 'platform',
  )
export const isNational = (user: Editor | null) => user?.scope === 'national'
