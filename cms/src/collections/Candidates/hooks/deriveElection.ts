import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Candidate } from '@pilkada/shared/payload-types'
import { relationId } from '../../../lib/relationId'

/**
 * Keeps an election's `candidateCount` and `singleCandidate` (kotak kosong) in step with its
 * published, confirmed candidate pairs, so that nobody types them by hand.
 */
export const deriveElection = async (electionId: null | string, req: PayloadRequest) => {
  if (!electionId) return
  const { totalDocs } = await req.payload.count({
    collection: 'candidates',
    where: {
      and: [
        { election: { equals: electionId } },
        { _status: { equals: 'published' } },
        { status: { equals: 'confirmed' } },
      ],
    },
    req,
  })
  const election = await req.payload.findByID({
    collection: 'elections',
    id: electionId,
    depth: 0,
    req,
    disableErrors: true,
  })
  if (!election) return
  const singleCandidate = totalDocs === 1
  if (election.candidateCount === totalDocs && election.singleCandidate === singleCandidate) return
  // A derived value, not an editor's act: the workflow's checks and the audit log skip it.
  const wasDerived = req.context.derived
  req.context.derived = true
  try {
    await req.payload.update({
      collection: 'elections',
      id: electionId,
      data: { candidateCount: totalDocs, singleCandidate },
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
