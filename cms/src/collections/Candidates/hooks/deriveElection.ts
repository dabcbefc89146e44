import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Candidate } from '@pilkada/shared/payload-types'
import { relationId } from '../../../lib/relationId'

/** How many published, confirmed pairs a race has, and whether it is a single-pair race. */
export const countPublishedPairs = async (electionId: string, req: PayloadRequest) => {
  const { totalDocs } = await req.payload.count({
    collection: 'candidates',
    where: {
      and: [
        { election: { equals: electionId } },
        { _status: { equals: 'published' } },
        { status: { equals: 'confirmed' } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return { candidateCount: totalDocs, singleCandidate: totalDocs === 1 }
}

/**
 * Keeps an election's `candidateCount` and `singleCandidate` (kotak kosong) in step with its
 * published, confirmed candidate pairs, so that nobody types them by hand. Written to the live
 * record only, below the workflow: a derived value neither publishes the election's pending
 * draft nor unpublishes anything (the draft gets the values again when it is published, see
 * deriveCountsBeforeChange).
 */
export const deriveElection = async (electionId: null | string, req: PayloadRequest) => {
  if (!electionId) return
  const live = (await req.payload.db.findOne({
    collection: 'elections',
    where: { id: { equals: electionId } },
    req,
  })) as null | { candidateCount?: number; singleCandidate?: boolean }
  if (!live) return
  const counts = await countPublishedPairs(electionId, req)
  if (
    live.candidateCount === counts.candidateCount &&
    live.singleCandidate === counts.singleCandidate
  ) {
    return
  }
  await req.payload.db.updateOne({ collection: 'elections', id: electionId, data: counts, req })
}

export const deriveElectionAfterChange: CollectionAfterChangeHook<Candidate> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const current = relationId(doc.election)
  const previous = relationId(previousDoc?.election)
  await deriveElection(current, req)
  if (previous && previous !== current) await deriveElection(previous, req)
  return doc
}

export const deriveElectionAfterDelete: CollectionAfterDeleteHook<Candidate> = async ({
  doc,
  req,
}) => {
  await deriveElection(relationId(doc.election), req)
  return doc
}
