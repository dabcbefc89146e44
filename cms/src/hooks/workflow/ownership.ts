import type { PayloadRequest } from 'payload'

import type { Ownership } from '../../access/content'
import type { Editor } from '../../access/roles'
import { coversRegion } from '../../access/scope'
import { refuse } from '../../lib/refuse'
import { relationId } from '../../lib/relationId'

/**
 * Where a regional record lies when it has no `region` field of its own: the field that decides
 * it (a pair's election) and how to resolve the region from it.
 */
export type RegionOf = {
  field: string
  resolve: (
    data: Record<string, unknown>,
    originalDoc: Record<string, unknown> | undefined,
    req: PayloadRequest,
  ) => Promise<null | string>
}

const AUTHORITY_NAMES: Record<string, string> = {
  kpu: 'KPU',
  bawaslu: 'Bawaslu',
  platform: 'platform',
}

/** The field when the save changes it: then the refusal is shown on that field. */
const changedField = (
  field: string,
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
) =>
  data[field] !== undefined && relationId(data[field]) !== relationId(originalDoc?.[field])
    ? field
    : undefined

/**
 * An account changes only what its authority owns (before and after the save), and only records
 * of the regions it covers; national records need a national account.
 */
export const checkOwnership = async ({
  data,
  originalDoc,
  ownership,
  regionOf,
  req,
  user,
}: {
  data: Record<string, unknown>
  originalDoc: Record<string, unknown> | undefined
  ownership: Ownership
  regionOf?: RegionOf
  req: PayloadRequest
  user: Editor
}) => {
  const authority =
    ownership.owner === 'kpu' ? 'kpu' : ((data.authority ?? originalDoc?.authority) as string)
  const previousAuthority =
    ownership.owner === 'kpu' ? 'kpu' : (originalDoc?.authority as string | undefined)
  for (const owner of [authority, previousAuthority]) {
    if (owner && owner !== user.authority) {
      throw refuse(
        `Akun ${AUTHORITY_NAMES[user.authority]} tidak dapat mengubah isi milik ${AUTHORITY_NAMES[owner] ?? owner}.`,
        403,
        owner === authority && ownership.owner === 'field'
          ? changedField('authority', data, originalDoc)
          : undefined,
      )
    }
  }
  if (ownership.regional || regionOf) {
    const region = regionOf
      ? await regionOf.resolve(data, originalDoc, req)
      : relationId(data.region ?? originalDoc?.region)
    if (!(await coversRegion(req, region))) {
      throw refuse(
        region
          ? 'Wilayah isi ini berada di luar cakupan akun Anda.'
          : 'Isi nasional hanya dapat diubah oleh akun nasional.',
        403,
        changedField(regionOf?.field ?? 'region', data, originalDoc),
      )
    }
  } else if (!(await coversRegion(req, null))) {
    throw refuse('Isi nasional hanya dapat diubah oleh akun nasional.')
  }
}
