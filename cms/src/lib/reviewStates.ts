/** The review states of an editorial document's newest version, with the words editors see. */
export const REVIEW_STATES = ['draft', 'submitted', 'changes_requested'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_LABELS: Record<ReviewState, { en: string; id: string }> = {
  draft: { id: 'Draf', en: 'Draft' },
  submitted: { id: 'Diajukan untuk ditinjau', en: 'Submitted for review' },
  changes_requested: { id: 'Perlu perbaikan', en: 'Changes requested' },
}
