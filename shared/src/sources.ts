import type { Locale } from './locales'
import { safeHref } from './richText'

/**
 * The one reading of a `source` field, used by the CMS's validation and by every renderer (the
 * site's Source.astro and the CMS preview), so that what is accepted is what renders. One source
 * a line: a web address, optionally after its outlet's name ("Kompas, 2024-09-23: https://…"), or
 * a document reference in words ("PKPU 17/2024 pasal 9").
 */

export type SourceLine =
  /** Text before the address (maybe empty), the address and the host name the guide shows. */
  | { kind: 'link'; text: string; before: string; href: string; host: string }
  | { kind: 'reference'; text: string }
  /** A line the guide shows as plain text: its address cannot be opened, or it says too little. */
  | { kind: 'invalid'; text: string; problem: 'address' | 'reference' }

const ENDS_WITH_ADDRESS = /^(.*?)(https?:\/\/\S*)$/i
const HAS_ADDRESS = /https?:\/\//i
// At least three letters and four characters, e.g. "Tempo", "UU 1/2015 pasal 134".
const DOCUMENT_REFERENCE = /^(?=(?:.*\p{L}){3}).{4,}$/u
// A one-word source names an outlet or a document ("Tempo", "Keppres"): a capitalised name, not
// a word that points elsewhere or stands in for a source.
const ONE_WORD_NAME = /^\p{Lu}\S*$/u
const PLACEHOLDERS = new Set(
  'ada belum berita dll google internet link lihat media medsos sumber tautan tersebut website'.split(
    ' ',
  ),
)

const namesDocument = (text: string) =>
  DOCUMENT_REFERENCE.test(text) &&
  (/\s/.test(text) ||
    (ONE_WORD_NAME.test(text) && !PLACEHOLDERS.has(text.toLowerCase().replace(/\P{L}+/gu, ''))))

/** The address and host of `candidate` when a browser can open it as a public http(s) page. */
export const parseLink = (candidate: unknown): null | { href: string; host: string } => {
  const href = safeHref(candidate)
  if (!href || !/^https?:\/\//i.test(href)) return null
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return null
  }
  // A public page has a host name with a dot ("kpu.go.id"), not "localhost" or "x".
  const host = url.hostname
  if (!/^[^.]+(\.[^.]+)+$/.test(host) || url.username || url.password) return null
  return { href, host }
}

export const parseSourceLine = (line: string): SourceLine => {
  const text = line.trim()
  const match = text.match(ENDS_WITH_ADDRESS)
  if (match) {
    const address = parseLink(match[2])
    if (address) return { kind: 'link', text, before: (match[1] as string).trim(), ...address }
    return { kind: 'invalid', text, problem: 'address' }
  }
  if (HAS_ADDRESS.test(text)) return { kind: 'invalid', text, problem: 'address' }
  return namesDocument(text)
    ? { kind: 'reference', text }
    : { kind: 'invalid', text, problem: 'reference' }
}

/** The non-empty lines of a source value, parsed. Never throws, whatever is stored. */
export const parseSource = (value: unknown): SourceLine[] =>
  (typeof value === 'string' ? value : '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(parseSourceLine)

const MONTHS: Record<Locale, string[]> = {
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(
    ' ',
  ),
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
}
const ABOUT: Record<Locale, string> = { id: 'sekitar', en: 'about' }

// "2024-09-23", "~2025-03-04" (a day read in the article, not its publication date), "~2025-03"
// (a month) and "23-09-2024", the forms that editors and the data files write.
const DATE_IN_TEXT = /(~)?\b(?:(\d{4})-(\d{2})(?:-(\d{2}))?|(\d{2})-(\d{2})-(\d{4}))\b/g

/** A text with its dates written out in the reader's language: "Kompas, 23 September 2024". */
export const readableDates = (text: string, locale: Locale) =>
  text.replace(DATE_IN_TEXT, (match, approx, y1, m1, d1, d2, m2, y2) => {
    const year = Number(y1 ?? y2)
    const month = Number(m1 ?? m2)
    const day = (d1 ?? d2) ? Number(d1 ?? d2) : null
    if (
      year < 1945 ||
      year > 2100 ||
      month < 1 ||
      month > 12 ||
      (day !== null && (day < 1 || day > 31))
    )
      return match
    const monthName = MONTHS[locale][month - 1] as string
    const date = day === null ? `${monthName} ${year}` : `${day} ${monthName} ${year}`
    return approx && day !== null ? `${ABOUT[locale]} ${date}` : date
  })

/**
 * What a reader sees of each source line: the outlet or document with its date in the reader's
 * language ("Kompas, 23 September 2024"), linked where there is an address; the address's host
 * stands in when the line names nothing.
 */
export type SourceLabel = { label: string; href: null | string }

export const sourceLabels = (value: unknown, locale: Locale): SourceLabel[] =>
  parseSource(value).map((line) => {
    if (line.kind !== 'link') return { label: readableDates(line.text, locale), href: null }
    const label = readableDates(line.before.replace(/[\s:–—-]+$/u, ''), locale)
    return { label: label || line.host, href: line.href }
  })

const EXAMPLES =
  'Contoh: "Kompas, 23-09-2024: https://www.kompas.com/…" atau "PKPU 17/2024 pasal 9".'

export const SOURCE_REQUIRED_MESSAGE = `Sumber wajib diisi: satu sumber per baris, berupa tautan lengkap (https://…) atau rujukan dokumen. ${EXAMPLES}`

const problemMessage = (line: Extract<SourceLine, { kind: 'invalid' }>) =>
  line.problem === 'address'
    ? `Tautan pada sumber "${line.text}" tidak dapat dibuka. Tulis alamat lengkap di akhir baris, satu tautan per baris. ${EXAMPLES}`
    : `Sumber "${line.text}" terlalu singkat untuk dikenali. Tulis nama media atau dokumennya beserta tanggal, nomor atau tautannya. ${EXAMPLES}`

/**
 * `true` when every line of `value` renders as a link or a document reference, or else the
 * message an editor sees for the first line that does not. An empty value passes unless required.
 */
export const validateSource = (value: unknown, { required = true } = {}): string | true => {
  const lines = parseSource(value)
  if (lines.length === 0) return required ? SOURCE_REQUIRED_MESSAGE : true
  const invalid = lines.find(
    (line): line is Extract<SourceLine, { kind: 'invalid' }> => line.kind === 'invalid',
  )
  return invalid ? problemMessage(invalid) : true
}
