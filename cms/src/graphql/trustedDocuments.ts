import { createHash } from 'node:crypto'

import { print, type DocumentNode } from 'graphql'

import { SITE_QUERIES } from '@pilkada/shared/queries'

const id = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * Trusted documents: the queries of the static guide (shared/src/queries.ts), by the sha256 of
 * their text. `GET /api/graphql?id=<sha256>&variables=…` runs one without sending its text.
 */
export const TRUSTED_DOCUMENTS = new Map(
  Object.values(SITE_QUERIES).map((document) => {
    const text = print(document)
    return [id(text), text] as const
  }),
)

/** Whether a parsed request is one of the trusted documents, whatever its spacing. */
export const isTrustedDocument = (document: DocumentNode) =>
  TRUSTED_DOCUMENTS.has(id(print(document)))
