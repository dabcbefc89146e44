import type { CollectionBeforeChangeHook } from 'payload'

import { OFFICE_BY_REGION_TYPE } from '@pilkada/shared'
import { OFFICE_LABELS } from '@pilkada/shared/labels'

import type { Election, Region } from '@pilkada/shared/payload-types'
import { fieldError } from '../../../lib/validationError'
import { relationId } from '../../../lib/relationId'

/**
 * Refuses an election whose office does not fit its region (a governor for a regency) or that
 * repeats a race the CMS already holds, and names the race after its region and office.
 */
export const checkElection: CollectionBeforeChangeHook<Election> = async ({
  data,
  originalDoc,
  req,
}) => {
  const regionId = relationId(data.region ?? originalDoc?.region)
  const office = data.office ?? originalDoc?.office
  if (!regionId || !office) return data

  const region = (await req.payload.findByID({
    collection: 'regions',
    id: regionId,
    depth: 0,
    req,
    disableErrors: true,
  })) as null | Region
  if (!region)
    throw fieldError(req, {
      collection: 'elections',
      path: 'region',
      message: 'Wilayah tidak ditemukan.',
    })

  const expected = OFFICE_BY_REGION_TYPE[region.type]
  if (expected !== office) {
    throw fieldError(req, {
      collection: 'elections',
      path: 'office',
      message: expected
        ? `${region.name} memilih ${OFFICE_LABELS[expected].id.toLowerCase()}, bukan ${OFFICE_LABELS[office].id.toLowerCase()}.`
        : `${region.name} tidak menyelenggarakan pemilihan kepala daerah.`,
    })
  }

  const { totalDocs } = await req.payload.count({
    collection: 'elections',
    where: {
      and: [
        { region: { equals: regionId } },
        { office: { equals: office } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    req,
  })
  if (totalDocs > 0) {
    throw fieldError(req, {
      collection: 'elections',
      path: 'region',
      message: `Pemilihan ${OFFICE_LABELS[office].id.toLowerCase()} ${region.name} sudah ada.`,
    })
  }

  data.title = `${region.name} — ${OFFICE_LABELS[office].id}`
  return data
}
