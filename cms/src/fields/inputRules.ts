import { richTextToPlain } from '@pilkada/shared/richText'

/**
 * What every text, rich-text and date field accepts, whatever its collection or global (applied
 * to all of them by plugins/inputRules.ts). Each check returns the message an editor sees, or
 * null when the value is acceptable; an empty value is left to the field's own `required`.
 */

/** Default maximum lengths, in characters; a field may set a lower `maxLength` of its own. */
export const TEXT_LIMITS = {
  /** Titles, names, labels, keys, slugs. */
  text: 200,
  /** Descriptions, reasons and sources. */
  textarea: 5_000,
  /** The plain text of a rich-text body (a guide, an answer, a vision and mission). */
  richText: 20_000,
} as const

/** Election dates: Pilkada 2024 and its re-runs, with room for the next cycle. */
export const DATE_YEARS = { min: 2020, max: 2035 } as const

// Control characters other than tab and line breaks (NUL among them) have no place in content.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
// Bidirectional embeddings, overrides and isolates: they can make a text read other than it is.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/

const number = (n: number) => n.toLocaleString('id-ID')

export const textProblem = (value: unknown, maxLength: number): null | string => {
  for (const text of Array.isArray(value) ? value : [value]) {
    if (typeof text !== 'string') continue
    if (CONTROL.test(text)) {
      return 'Teks mengandung karakter kendali tersembunyi (mis. NUL). Ketik ulang bagian yang disalin dari sumber lain, lalu simpan lagi.'
    }
    if (BIDI_CONTROL.test(text)) {
      return 'Teks mengandung karakter pembalik arah tulisan (U+202A–U+202E atau U+2066–U+2069) yang dapat menyamarkan isinya. Ketik ulang bagian yang disalin dari sumber lain, lalu simpan lagi.'
    }
    if (text.length > maxLength) {
      return `Teks terlalu panjang: ${number(text.length)} karakter, paling banyak ${number(maxLength)}. Persingkat teksnya.`
    }
  }
  return null
}

export const richTextProblem = (value: unknown): null | string =>
  value ? textProblem(richTextToPlain(value), TEXT_LIMITS.richText) : null

const ISO_DATE =
  /^(\d{4,6})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * A date as REST, GraphQL or the admin sends it: `YYYY-MM-DD` or an ISO timestamp. JavaScript
 * turns 2024-02-30 into 1 March, so the calendar day is checked on the text as written.
 */
export const dateProblem = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  let year: number
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'Tanggal tidak valid. Pilih tanggal dari kalender.'
    year = value.getUTCFullYear()
  } else {
    const text = typeof value === 'string' ? value.trim() : ''
    const match = text.match(ISO_DATE)
    if (!match || Number.isNaN(Date.parse(text))) {
      return `Tanggal "${String(value).slice(0, 40)}" tidak dikenali. Tulis dengan format TTTT-BB-HH, mis. 2024-11-27, atau pilih dari kalender.`
    }
    year = Number(match[1])
    const [month, day] = [Number(match[2]), Number(match[3])]
    const probe = new Date(Date.UTC(year, month - 1, day))
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
      return `Tanggal ${match[1]}-${match[2]}-${match[3]} tidak ada di kalender. Periksa hari dan bulannya (mis. Februari 2024 hanya sampai tanggal 29).`
    }
  }
  if (year < DATE_YEARS.min || year > DATE_YEARS.max) {
    return `Tahun ${year} di luar rentang yang diterima (${DATE_YEARS.min}–${DATE_YEARS.max}). Periksa tahunnya, mis. 2024.`
  }
  return null
}
