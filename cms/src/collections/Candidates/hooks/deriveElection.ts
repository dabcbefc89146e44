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
 * published, confirmed candidate pairs, so that nobody types them by hand. A derived value never
 * publishes or unpublishes anything: while a draft of the election waits (or the election is not
 * live), the values are written to the live record only, below the workflow, and the draft gets
 * them when it is saved or published (see deriveCountsBeforeChange).
 */
export const deriveElection = async (electionId: null | string, req: PayloadRequest) => {
  if (!electionId) return
  const live = (await req.payload.db.findOne({
    collection: 'elections',
    where: { id: { equals: electionId } },
    req,
  })) as null | { _status?: string; candidateCount?: number; singleCandidate?: boolean }
  if (!live) return
  const counts = await countPublishedPairs(electionId, req)
  if (
    live.candidateCount === counts.candidateCount &&
    live.singleCandidate === counts.singleCandidate
  ) {
    return
  }
  const { docs } = await req.payload.db.findVersions({
    collection: 'elections',
    where: { parent: { equals: electionId } },
    sort: '-updatedAt',
    limit: 1,
    req,
  })
  const newest = docs[0]?.version as undefined | { _status?: string }
  if (live._status !== 'published' || newest?._status !== 'published') {
    await req.payload.db.updateOne({ collection: 'elections', id: electionId, data: counts, req })
    return
  }
  // No draft waits: the counts go into a new version of the live record, as the admin shows it.
  const wasDerived = req.context.derived
  req.context.derived = true
  try {
    await req.payload.update({
      collection: 'elections',
      id: electionId,
      data: { ...counts, _status: 'published' },
      depth: 0,
      overrideAccess: true,
      req,
    })
  } finally {
    req.context.derived = wasDerived
  }
}

export const deriveElectionAfterChange: CollectionAfterChangeHook<Candidate> = async ({
  doc,
  previousDoc,
  req,
}) => {
  // The seed creates a race's pairs one by one and derives each race once, after its last pair.
  if (req.context.deriveLater) return doc
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
