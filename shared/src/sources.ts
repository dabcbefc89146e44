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
  return DOCUMENT_REFERENCE.test(text)
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

/** What a renderer shows of each line: a link with its host, or the line as plain text. */
export type SourcePart = { before: string; href: null | string; host: null | string }

export const sourceParts = (value: unknown): SourcePart[] =>
  parseSource(value).map((line) =>
    line.kind === 'link'
      ? { before: line.before, href: line.href, host: line.host }
      : { before: line.text, href: null, host: null },
  )

const EXAMPLES =
  'Contoh: "Kompas, 23-09-2024: https://www.kompas.com/…" atau "PKPU 17/2024 pasal 9".'

export const SOURCE_REQUIRED_MESSAGE = `Sumber wajib diisi: satu sumber per baris, berupa tautan lengkap (https://…) atau rujukan dokumen. ${EXAMPLES}`

const problemMessage = (line: Extract<SourceLine, { kind: 'invalid' }>) =>
  line.problem === 'address'
    ? `Tautan pada sumber "${line.text}" tidak dapat dibuka. Tulis alamat lengkap di akhir baris, satu tautan per baris. ${EXAMPLES}`
    : `Sumber "${line.text}" terlalu singkat untuk dikenali. Tulis nama media atau dokumennya. ${EXAMPLES}`

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
