import type { AuditLog } from '@pilkada/shared/payload-types'

import { REVIEW_STATE_LABELS, type ReviewState } from '../../lib/reviewStates'

type Action = AuditLog['action']

/** What each act does to its record, as a sentence around the record's name. */
const VERBS: Record<Action, { before: string; after?: string }> = {
  publish: { before: 'menerbitkan' },
  unpublish: { before: 'menarik terbitan' },
  delete: { before: 'menghapus' },
  revert: { before: 'memulihkan versi lama' },
  review_submit: { before: 'mengajukan', after: 'untuk ditinjau' },
  review_request_changes: { before: 'mengembalikan', after: 'untuk perbaikan' },
  review_to_draft: { before: 'menyunting', after: 'sehingga menjadi draf lagi' },
  schedule_cancel: { before: 'mengubah', after: 'sehingga jadwal terbitnya dibatalkan' },
  account_create: { before: 'membuat' },
  account_update: { before: 'mengubah' },
  account_delete: { before: 'menghapus' },
  account_unlock: { before: 'membuka kunci' },
  media_update: { before: 'mengubah gambar terbit' },
  media_delete: { before: 'menghapus gambar terbit' },
}

const STATUS_WORDS: Record<string, string> = { draft: 'draf', published: 'terbit' }

const ACCOUNT_FIELD_WORDS: Record<string, string> = {
  role: 'peran',
  authority: 'lembaga',
  scope: 'cakupan',
  regions: 'wilayah',
}

const reviewStateWord = (state: unknown) =>
  REVIEW_STATE_LABELS[state as ReviewState]?.id ?? String(state ?? '—')

/** The act's verb before and after the record's name (e.g. "mengajukan … untuk ditinjau"). */
export const actionWords = (action: Action) => VERBS[action] ?? { before: action }

/** What changed, in words, from the entry's details. */
export const detailWords = (
  action: Action,
  details: Record<string, unknown> | null | undefined,
): string[] => {
  if (!details || typeof details !== 'object') return []
  const words: string[] = []
  if ('reviewStateBefore' in details || 'reviewStateAfter' in details) {
    words.push(
      `Status tinjauan: ${reviewStateWord(details.reviewStateBefore)} → ${reviewStateWord(details.reviewStateAfter)}.`,
    )
  }
  if ('statusBefore' in details || 'statusAfter' in details) {
    const before = STATUS_WORDS[String(details.statusBefore)] ?? 'belum pernah terbit'
    const after = STATUS_WORDS[String(details.statusAfter)] ?? '—'
    words.push(`Status: ${before} → ${after}.`)
  }
  if (action === 'account_create' || action === 'account_update') {
    const changed = Object.keys(details).filter((key) => key in ACCOUNT_FIELD_WORDS)
    if (changed.length > 0) {
      words.push(`Diubah: ${changed.map((key) => ACCOUNT_FIELD_WORDS[key]).join(', ')}.`)
    }
  }
  return words
}
