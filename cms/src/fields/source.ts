import type { TextareaField } from 'payload'

const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i
// A document or publication named in words, e.g. "PKPU 17/2024 pasal 9" or "Tempo".
const DOCUMENT_REFERENCE_PATTERN = /^(?=(?:.*\p{L}){3}).{4,}$/u

export const SOURCE_REQUIRED_MESSAGE =
  'Sumber wajib diisi: tautan (https://…) atau rujukan dokumen (mis. "PKPU 17/2024 pasal 9").'

/** Checks every line of a source: each must be a web address or a document reference. */
export const validateSource = (value: null | string | undefined): string | true => {
  const lines = (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.length === 0) return SOURCE_REQUIRED_MESSAGE
  for (const line of lines) {
    const reference = line.replace(/^.*?(https?:\/\/)/i, '$1')
    if (!URL_PATTERN.test(reference) && !DOCUMENT_REFERENCE_PATTERN.test(line)) {
      return `Sumber "${line}" bukan tautan maupun rujukan dokumen. ${SOURCE_REQUIRED_MESSAGE}`
    }
  }
  return true
}

/**
 * Where a fact comes from. One source a line: a URL (optionally after its outlet's name) or a
 * document reference. Required: a guide shows no fact without its source.
 */
export const sourceField = (overrides: Partial<TextareaField> = {}): TextareaField => ({
  name: 'source',
  type: 'textarea',
  label: { id: 'Sumber', en: 'Source' },
  required: true,
  admin: {
    description: {
      id: 'Satu sumber per baris: tautan (https://…) atau rujukan dokumen, mis. "PKPU 17/2024 pasal 9".',
      en: 'One source a line: a link (https://…) or a document reference, e.g. "PKPU 17/2024 art. 9".',
    },
  },
  validate: (value: null | string | undefined) => validateSource(value),
  ...overrides,
})
