import type { Authority, Role } from './constants'

/**
 * Who may do what. This file is the documentation of the editors' permissions (rendered into
 * the README by `npm run generate`) and the table that the permission-matrix test checks the
 * CMS against, cell by cell, over REST and GraphQL. The CMS does not read it: its access
 * functions and hooks implement the rules, and the test proves that they agree.
 */

export type AccountKey =
  | 'anonymous'
  | 'admin'
  | 'kpu'
  | 'kpu.kontributor'
  | 'kpu.jabar'
  | 'kpu.bandung'
  | 'bawaslu'
  | 'bawaslu.kontributor'

export type DemoAccount = {
  email: string
  name: string
  role: Role
  authority: Authority
  /** Region codes the account covers; empty means national. */
  regions: string[]
  description: { id: string; en: string }
}

/** The demo accounts that the seed creates on the embedded database (password DEMO_PASSWORD). */
export const DEMO_ACCOUNTS: Record<Exclude<AccountKey, 'anonymous'>, DemoAccount> = {
  admin: {
    email: 'admin@pilkada.test',
    name: 'Admin Platform',
    role: 'admin',
    authority: 'platform',
    regions: [],
    description: { id: 'Admin platform: mengelola akun', en: 'Platform admin: manages accounts' },
  },
  kpu: {
    email: 'kpu@pilkada.test',
    name: 'Penerbit KPU RI',
    role: 'publisher',
    authority: 'kpu',
    regions: [],
    description: { id: 'KPU, penerbit nasional', en: 'KPU, national publisher' },
  },
  'kpu.kontributor': {
    email: 'kpu.kontributor@pilkada.test',
    name: 'Kontributor KPU RI',
    role: 'contributor',
    authority: 'kpu',
    regions: [],
    description: { id: 'KPU, kontributor nasional', en: 'KPU, national contributor' },
  },
  'kpu.jabar': {
    email: 'kpu.jabar@pilkada.test',
    name: 'Penerbit KPU Jawa Barat',
    role: 'publisher',
    authority: 'kpu',
    regions: ['32'],
    description: { id: 'KPU, penerbit Jawa Barat', en: 'KPU, Jawa Barat publisher' },
  },
  'kpu.bandung': {
    email: 'kpu.bandung@pilkada.test',
    name: 'Kontributor KPU Kota Bandung',
    role: 'contributor',
    authority: 'kpu',
    regions: ['32.73'],
    description: { id: 'KPU, kontributor Kota Bandung', en: 'KPU, Kota Bandung contributor' },
  },
  bawaslu: {
    email: 'bawaslu@pilkada.test',
    name: 'Penerbit Bawaslu RI',
    role: 'publisher',
    authority: 'bawaslu',
    regions: [],
    description: { id: 'Bawaslu, penerbit nasional', en: 'Bawaslu, national publisher' },
  },
  'bawaslu.kontributor': {
    email: 'bawaslu.kontributor@pilkada.test',
    name: 'Kontributor Bawaslu RI',
    role: 'contributor',
    authority: 'bawaslu',
    regions: [],
    description: { id: 'Bawaslu, kontributor nasional', en: 'Bawaslu, national contributor' },
  },
}

export const ACCOUNT_KEYS: AccountKey[] = [
  'anonymous',
  ...(Object.keys(DEMO_ACCOUNTS) as AccountKey[]),
]

export type Operation = 'create' | 'read' | 'update' | 'delete' | 'publish'
export const OPERATIONS: Operation[] = ['create', 'read', 'update', 'delete', 'publish']

export type MatrixTarget =
  | 'regions'
  | 'elections'
  | 'candidates'
  | 'stages'
  | 'guides'
  | 'faqs'
  | 'fact-checks'
  | 'media'
  | 'users'
  | 'audit-log'
  | 'site-settings'

/** What each row of the matrix acts on. */
export const MATRIX_TARGETS: Record<MatrixTarget, string> = {
  regions: 'Kota Bandung (reference data)',
  elections: 'a draft of the Kota Bandung mayoral race (KPU)',
  candidates: 'a draft pair in the Kota Bandung race (KPU)',
  stages: 'a draft national stage (KPU)',
  guides: 'a draft national guide owned by KPU',
  faqs: 'a draft national FAQ owned by KPU',
  'fact-checks': 'a draft national fact-check owned by KPU',
  media: 'an unused image uploaded by the KPU national publisher',
  users: "another person's account",
  'audit-log': 'an audit entry of a KPU publish',
  'site-settings': 'the site settings (global, owned by KPU nationally)',
}

/** `true` allowed, `false` refused, `null` the operation does not exist for this target. */
type Row = Record<Operation, boolean | null>
const row = (ops: string): Row => ({
  create: ops[0] === 'C' ? true : ops[0] === '-' ? null : false,
  read: ops[1] === 'R' ? true : ops[1] === '-' ? null : false,
  update: ops[2] === 'U' ? true : ops[2] === '-' ? null : false,
  delete: ops[3] === 'D' ? true : ops[3] === '-' ? null : false,
  publish: ops[4] === 'P' ? true : ops[4] === '-' ? null : false,
})

// Each string reads C R U D P: a letter where allowed, "." where refused, "-" where the
// operation does not exist. "Read" means reading the target as it is (a draft where the target
// is a draft): published content is public and readable by everyone.
const KPU_REGIONAL = {
  anonymous: '.....',
  admin: '.R...',
  kpu: 'CRUDP',
  'kpu.kontributor': 'CRU..',
  'kpu.jabar': 'CRUDP',
  'kpu.bandung': 'CRU..',
  bawaslu: '.....',
  'bawaslu.kontributor': '.....',
}
const KPU_NATIONAL = {
  anonymous: '.....',
  admin: '.R...',
  kpu: 'CRUDP',
  'kpu.kontributor': 'CRU..',
  'kpu.jabar': '.R...',
  'kpu.bandung': '.R...',
  bawaslu: '.....',
  'bawaslu.kontributor': '.....',
}

const TABLE: Record<MatrixTarget, Record<AccountKey, string>> = {
  regions: {
    anonymous: '.R..-',
    admin: 'CRUD-',
    kpu: '.R..-',
    'kpu.kontributor': '.R..-',
    'kpu.jabar': '.R..-',
    'kpu.bandung': '.R..-',
    bawaslu: '.R..-',
    'bawaslu.kontributor': '.R..-',
  },
  elections: KPU_REGIONAL,
  candidates: KPU_REGIONAL,
  stages: KPU_NATIONAL,
  guides: KPU_NATIONAL,
  faqs: KPU_NATIONAL,
  'fact-checks': KPU_NATIONAL,
  media: {
    anonymous: '....-',
    admin: '.R..-',
    kpu: 'CRUD-',
    'kpu.kontributor': 'CR..-',
    'kpu.jabar': 'CR..-',
    'kpu.bandung': 'CR..-',
    bawaslu: 'CR..-',
    'bawaslu.kontributor': 'CR..-',
  },
  users: {
    anonymous: '....-',
    admin: 'CRUD-',
    kpu: '....-',
    'kpu.kontributor': '....-',
    'kpu.jabar': '....-',
    'kpu.bandung': '....-',
    bawaslu: '....-',
    'bawaslu.kontributor': '....-',
  },
  'audit-log': {
    anonymous: '....-',
    admin: '.R..-',
    kpu: '.R..-',
    'kpu.kontributor': '....-',
    'kpu.jabar': '.R..-',
    'kpu.bandung': '....-',
    bawaslu: '....-',
    'bawaslu.kontributor': '....-',
  },
  'site-settings': {
    anonymous: '-..-.',
    admin: '-R.-.',
    kpu: '-RU-P',
    'kpu.kontributor': '-RU-.',
    'kpu.jabar': '-R.-.',
    'kpu.bandung': '-R.-.',
    bawaslu: '-..-.',
    'bawaslu.kontributor': '-..-.',
  },
}

export const PERMISSION_MATRIX: Record<MatrixTarget, Record<AccountKey, Row>> = Object.fromEntries(
  Object.entries(TABLE).map(([target, accounts]) => [
    target,
    Object.fromEntries(Object.entries(accounts).map(([account, ops]) => [account, row(ops)])),
  ]),
) as Record<MatrixTarget, Record<AccountKey, Row>>

/** The matrix as a Markdown table, for the README. */
export const renderPermissionMatrix = () => {
  const mark = (value: boolean | null) => (value === null ? '–' : value ? '✓' : '✗')
  const lines = [
    `| target | ${ACCOUNT_KEYS.join(' | ')} |`,
    `| --- | ${ACCOUNT_KEYS.map(() => '---').join(' | ')} |`,
  ]
  for (const target of Object.keys(PERMISSION_MATRIX) as MatrixTarget[]) {
    const cells = ACCOUNT_KEYS.map((account) => {
      const r = PERMISSION_MATRIX[target][account]
      return OPERATIONS.map((op) => `${op[0]?.toUpperCase()}${mark(r[op])}`).join(' ')
    })
    lines.push(`| \`${target}\`: ${MATRIX_TARGETS[target]} | ${cells.join(' | ')} |`)
  }
  return lines.join('\n')
}
