import type { PayloadRequest } from 'payload'

import type {} from '../lib/requestContext'
import { relationId } from '../lib/relationId'
import { editorOf, isNational } from './roles'

/**
 * The ids of the regions a regional account covers: its regions and, for a province, that
 * province's regencies and cities. Computed once per request.
 */
export const coveredRegionIds = async (req: PayloadRequest): Promise<string[]> => {
  const user = editorOf(req)
  if (!user || isNational(user)) return []
  const cacheKey = `coveredRegions:${user.id}` as const
  const cached = req.context[cacheKey]
  if (cached) return cached
  const own = (user.regions ?? [])
    .map((r) => relationId(r))
    .filter((id): id is string => Boolean(id))
  const { docs } = await req.payload.find({
    collection: 'regions',
    where: { province: { in: own } },
    pagination: false,
    depth: 0,
    select: { code: true },
    overrideAccess: true,
    req,
  })
  const ids = [...new Set([...own, ...docs.map((d) => String(d.id))])]
  req.context[cacheKey] = ids
  return ids
}

/** Whether the account may act on a record of `regionId` (null: a national record). */
export const coversRegion = async (
  req: PayloadRequest,
  regionId: null | string,
): Promise<boolean> => {
  const user = editorOf(req)
  if (!user) return false
  if (isNational(user)) return true
  if (!regionId) return false
  return (await coveredRegionIds(req)).includes(regionId)
}
