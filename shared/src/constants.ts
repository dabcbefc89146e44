/**
 * Values that the CMS stores and the site and other apps read. They are part of the public
 * GraphQL API (as enum values), so they are English identifiers; labels are Indonesian first.
 */

export const AUTHORITIES = ['kpu', 'bawaslu', 'platform'] as const
export type Authority = (typeof AUTHORITIES)[number]
/** The bodies that publish content in their own name. */
export const CONTENT_AUTHORITIES = ['kpu', 'bawaslu'] as const
export type ContentAuthority = (typeof CONTENT_AUTHORITIES)[number]

export const ROLES = ['admin', 'publisher', 'contributor'] as const
export type Role = (typeof ROLES)[number]

export const REGION_TYPES = [
  'provinsi',
  'kabupaten',
  'kota',
  'kabupaten_administrasi',
  'kota_administrasi',
] as const
export type RegionType = (typeof REGION_TYPES)[number]

export const OFFICES = ['gubernur', 'bupati', 'wali_kota'] as const
export type Office = (typeof OFFICES)[number]

/** Which office a region elects, by its type; administrative units elect none. */
export const OFFICE_BY_REGION_TYPE: Partial<Record<RegionType, Office>> = {
  provinsi: 'gubernur',
  kabupaten: 'bupati',
  kota: 'wali_kota',
}

export const ELECTION_STATUSES = [
  'scheduled',
  'voting',
  'counting',
  'decided',
  'rerun',
  'postponed',
  'cancelled',
] as const
export type ElectionStatus = (typeof ELECTION_STATUSES)[number]
/** Statuses outside the normal course of an election: they need a stated reason. */
export const EXCEPTIONAL_ELECTION_STATUSES: readonly ElectionStatus[] = [
  'rerun',
  'postponed',
  'cancelled',
]

export const CANDIDATE_STATUSES = ['confirmed', 'withdrawn', 'disqualified'] as const
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number]

export const STAGE_SCOPES = ['national', 'regional'] as const

export const GUIDE_TOPICS = [
  'voting',
  'registration',
  'candidates',
  'reporting',
  'misinformation',
  'general',
] as const
export type GuideTopic = (typeof GUIDE_TOPICS)[number]

export const FACT_CHECK_VERDICTS = ['accurate', 'inaccurate', 'misleading', 'unproven'] as const
export type FactCheckVerdict = (typeof FACT_CHECK_VERDICTS)[number]

/** Kemendagri region code: `NN` for a province, `NN.NN` for a regency or city. */
export const REGION_CODE_PATTERN = /^\d{2}(\.\d{2})?$/
