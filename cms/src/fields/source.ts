import type { TextareaField } from 'payload'

import { validateSource } from '@pilkada/shared/sources'

/**
 * Where a fact comes from. One source a line: a URL (optionally after its outlet's name) or a
 * document reference. Required: a guide shows no fact without its source. Validated by the
 * parser that the site and the preview render it with.
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
