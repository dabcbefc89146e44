import type { CollectionSlug, Payload } from 'payload'
import React from 'react'

import type { AuditLog } from '@pilkada/shared/payload-types'

import { actionWords, detailWords } from './words'

type Entry = Partial<AuditLog>

const singularLabel = (payload: Payload, slug: string | undefined) => {
  const label = slug ? payload.collections[slug as CollectionSlug]?.config.labels.singular : null
  if (!label) return slug === 'site-settings' ? 'Pengaturan situs' : ''
  return typeof label === 'string' ? label : ((label as Record<string, string>).id ?? '')
}

/** Deleted records and accounts an editor may not open get no link. */
const hrefOf = (payload: Payload, entry: Entry) => {
  if (!entry.targetCollection || !entry.targetId || entry.action?.endsWith('delete')) return null
  if (entry.targetCollection === 'site-settings')
    return `${payload.config.routes.admin}/globals/site-settings`
  if (!payload.collections[entry.targetCollection as CollectionSlug]) return null
  return `${payload.config.routes.admin}/collections/${entry.targetCollection}/${entry.targetId}`
}

/**
 * One audit entry as a sentence: who did what to which record (linked), then what changed and
 * why. Shown as the audit log's main column and at the top of each entry.
 */
const Summary = ({ entry, payload }: { entry: Entry; payload: Payload }) => {
  if (!entry.action) return null
  const verb = actionWords(entry.action)
  const label = singularLabel(payload, entry.targetCollection)
  const title = `“${entry.targetTitle || 'tanpa judul'}”`
  const href = hrefOf(payload, entry)
  const details = detailWords(entry.action, entry.details as Record<string, unknown>)
  return (
    <span className="audit-summary" data-audit-summary={entry.action}>
      <span>
        {entry.actorName || entry.actorEmail || 'Sistem'} {verb.before} {label}{' '}
        {href ? <a href={href}>{title}</a> : title}
        {verb.after ? ` ${verb.after}` : ''}.
      </span>
      {details.map((line) => (
        <span key={line}> {line}</span>
      ))}
      {entry.reason && <span> Alasan: {entry.reason}</span>}
    </span>
  )
}

export const AuditSummaryCell = ({ payload, rowData }: { payload: Payload; rowData: Entry }) => (
  <Summary entry={rowData} payload={payload} />
)

export const AuditSummaryField = ({ data, payload }: { data: Entry; payload: Payload }) => (
  <p className="field-type audit-summary-field">
    <Summary entry={data} payload={payload} />
  </p>
)
