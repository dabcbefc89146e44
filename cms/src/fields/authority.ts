import type { SelectField } from 'payload'

import { CONTENT_AUTHORITIES } from '@pilkada/shared'

const LABELS = {
  kpu: { id: 'KPU (Komisi Pemilihan Umum)', en: 'KPU (General Elections Commission)' },
  bawaslu: { id: 'Bawaslu (Badan Pengawas Pemilu)', en: 'Bawaslu (Elections Supervisory Agency)' },
}

/** The body that owns a record and publishes it in its name. */
export const authorityField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'authority',
    type: 'select',
    label: { id: 'Lembaga pemilik', en: 'Owning authority' },
    required: true,
    defaultValue: 'kpu',
    index: true,
    options: CONTENT_AUTHORITIES.map((value) => ({ label: LABELS[value], value })),
    admin: { position: 'sidebar' },
    ...overrides,
  }) as SelectField
