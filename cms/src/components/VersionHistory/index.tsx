import type { CollectionSlug, GlobalSlug, Payload, PayloadRequest } from 'payload'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { REVIEW_STATE_LABELS, type ReviewState } from '../../lib/reviewStates'
import { relationId } from '../../lib/relationId'

import './index.scss'

const dateTime = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'long',
  timeStyle: 'short',
  hourCycle: 'h23',
  timeZone: 'Asia/Jakarta',
})

type Version = {
  id: number | string
  updatedAt: string
  latest?: boolean | null
  version: { _status?: string; lastEditedBy?: unknown; reviewState?: ReviewState }
}

const names = async (payload: Payload, versions: Version[]) => {
  const ids = [
    ...new Set(versions.map((v) => relationId(v.version.lastEditedBy)).filter(Boolean) as string[]),
  ]
  if (ids.length === 0) return new Map<string, string>()
  // Colleagues' names only; an editor may not read other accounts.
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [String(doc.id), String(doc.name)]))
}

/**
 * The versions tab of a document: each version with when it was saved (WIB, 24-hour clock), who
 * saved it, and its state, newest first. Payload's own list shows a version's id instead of its
 * author. Read with the editor's own access.
 */
export const VersionHistory = async ({
  initPageResult: { collectionConfig, docID, globalConfig, req },
}: {
  initPageResult: {
    collectionConfig?: { slug: string }
    docID?: number | string
    globalConfig?: { slug: string }
    req: PayloadRequest
  }
}) => {
  const { payload, user } = req
  const common = { depth: 0, limit: 50, sort: '-updatedAt', overrideAccess: false, user, req }
  const { docs } = collectionConfig
    ? await payload.findVersions({
        ...common,
        collection: collectionConfig.slug as CollectionSlug,
        where: { parent: { equals: docID } },
      })
    : await payload.findGlobalVersions({ ...common, slug: globalConfig!.slug as GlobalSlug })
  const versions = docs as unknown as Version[]
  const people = await names(payload, versions)
  const base = collectionConfig
    ? `${payload.config.routes.admin}/collections/${collectionConfig.slug}/${docID}/versions`
    : `${payload.config.routes.admin}/globals/${globalConfig!.slug}/versions`
  return (
    <Gutter className="version-history">
      <h2 className="version-history__title">Riwayat versi</h2>
      {versions.length === 0 ? (
        <p>Belum ada versi tersimpan.</p>
      ) : (
        <table className="version-history__table" data-testid="version-history">
          <thead>
            <tr>
              <th scope="col">Disimpan pada</th>
              <th scope="col">Oleh</th>
              <th scope="col">Status</th>
              <th scope="col">Status tinjauan</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <td>
                  <a href={`${base}/${v.id}`}>{dateTime.format(new Date(v.updatedAt))} WIB</a>
                </td>
                <td>{people.get(relationId(v.version.lastEditedBy) ?? '') ?? 'Sistem'}</td>
                <td>{v.version._status === 'published' ? 'Terbit' : 'Draf'}</td>
                <td>
                  {v.version.reviewState ? REVIEW_STATE_LABELS[v.version.reviewState]?.id : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Gutter>
  )
}
