import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Candidate } from '@pilkada/shared/payload-types'
import type {} from '../../../lib/requestContext'
import { fieldError } from '../../../lib/validationError'
import { relationId } from '../../../lib/relationId'

/** A pair's election: its region, and its title ("Kota Bandung — Wali Kota"). */
const electionOf = async (
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
  req: PayloadRequest,
): Promise<null | { region: null | string; title: string }> => {
  const electionId = relationId(data.election ?? originalDoc?.election)
  if (!electionId) return null
  // The workflow guard and the pair's own checks both ask: read the election once a request.
  const cacheKey = `electionOf:${electionId}` as const
  if (cacheKey in req.context) return req.context[cacheKey] ?? null
  const election = await req.payload.findByID({
    collection: 'elections',
    id: electionId,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const found = election
    ? { region: relationId(election.region), title: election.title ?? '' }
    : null
  req.context[cacheKey] = found
  return found
}

/** The region of a pair: its election's. */
export const electionRegion = async (
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
  req: PayloadRequest,
): Promise<null | string> => (await electionOf(data, originalDoc, req))?.region ?? null

/**
 * Refuses a second pair with the same ballot number in one election, against both what readers
 * see (the published pairs) and the pending drafts; names the pair.
 */
export const checkCandidate: CollectionBeforeChangeHook<Candidate> = async ({
  data,
  originalDoc,
  req,
}) => {
  const electionId = relationId(data.election ?? originalDoc?.election)
  const ballotNumber = data.ballotNumber ?? originalDoc?.ballotNumber
  if (electionId && ballotNumber) {
    for (const draft of [false, true]) {
      const { docs } = await req.payload.find({
        collection: 'candidates',
        where: {
          and: [
            { election: { equals: electionId } },
            { ballotNumber: { equals: ballotNumber } },
            ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
          ],
        },
        depth: 0,
        limit: 1,
        draft,
        overrideAccess: true,
        req,
      })
      const taken = docs[0]
      if (taken) {
        throw fieldError(req, {
          collection: 'candidates',
          path: 'ballotNumber',
          message: `Nomor urut ${ballotNumber} sudah dipakai pasangan ${taken.headName} – ${taken.deputyName} dalam pemilihan ini.`,
        })
      }
    }
  }
  const election = await electionOf(data, originalDoc as unknown as Record<string, unknown>, req)
  data.region = election?.region ?? null
  const head = data.headName ?? originalDoc?.headName
  const deputy = data.deputyName ?? originalDoc?.deputyName
  // Titled by what it is, wherever an editor sees it: "3. M. FARHAN – ERWIN (Kota Bandung — Wali Kota)".
  if (head && deputy) {
    data.title = `${ballotNumber}. ${head} – ${deputy}${election?.title ? ` (${election.title})` : ''}`
  }
  return data
}
