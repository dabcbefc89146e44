import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import type { Election } from '@pilkada/shared/payload-types'
import { refuse } from '../../../lib/refuse'
import { countPublishedPairs } from '../../Candidates/hooks/deriveElection'

/**
 * Every save of an election carries the counts of its published pairs, so that publishing a
 * draft written before a pair was published does not bring back an old count.
 */
export const deriveCountsBeforeChange: CollectionBeforeChangeHook<Election> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (originalDoc?.id === undefined) return { ...data, candidateCount: 0, singleCandidate: false }
  return { ...data, ...(await countPublishedPairs(String(originalDoc.id), req)) }
}

/** An election with candidate pairs is not deleted: the pairs would point at nothing. */
export const refuseDeleteWithPairs: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'candidates',
    where: { election: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw refuse(
      `Pemilihan ini masih memiliki ${totalDocs} pasangan calon (terbit maupun draf). ` +
        'Hapus pasangan calonnya atau pindahkan ke pemilihan lain terlebih dahulu, lalu hapus pemilihan ini.',
      409,
    )
  }
}
