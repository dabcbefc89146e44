import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import { REVIEW_STATE_LABELS, type ReviewState } from '../../lib/reviewStates'

const PUBLISHED = { id: 'Diterbitkan', en: 'Published' }

/**
 * The review state in a list, as an editor reads the flow. A publish closes the review (the
 * field goes back to "draft", ready for the next change), so a document whose newest version is
 * live reads "Diterbitkan" instead of "Draf"; a newer draft of a published document still reads
 * "Draf", "Diajukan untuk ditinjau" or "Perlu perbaikan".
 */
export const ReviewStateCell = ({ cellData, rowData, i18n }: DefaultServerCellComponentProps) => {
  const language = i18n.language === 'en' ? 'en' : 'id'
  const state = (cellData as ReviewState | undefined) ?? 'draft'
  const label =
    state === 'draft' && rowData?._status === 'published'
      ? PUBLISHED
      : (REVIEW_STATE_LABELS[state] ?? REVIEW_STATE_LABELS.draft)
  return (
    <span
      data-review-state={
        rowData?._status === 'published' && state === 'draft' ? 'published' : state
      }
    >
      {label[language]}
    </span>
  )
}
