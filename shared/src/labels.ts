import type {
  Authority,
  CandidateStatus,
  ElectionStatus,
  FactCheckVerdict,
  Office,
  RegionType,
  Role,
} from './constants'
import type { Locale } from './locales'

/**
 * The names of the content model's values, in both languages: the CMS's select options and the
 * guide's pages read this one table, so that an editor and a voter see the same word.
 */
export type Label = { id: string; en: string }

export const OFFICE_LABELS: Record<Office, Label> = {
  gubernur: { id: 'Gubernur', en: 'Governor' },
  bupati: { id: 'Bupati', en: 'Regent' },
  wali_kota: { id: 'Wali Kota', en: 'Mayor' },
}

export const ELECTION_STATUS_LABELS: Record<ElectionStatus, Label> = {
  scheduled: { id: 'Terjadwal', en: 'Scheduled' },
  voting: { id: 'Pemungutan suara', en: 'Voting' },
  counting: { id: 'Penghitungan suara', en: 'Counting' },
  decided: { id: 'Hasil ditetapkan', en: 'Result decided' },
  rerun: { id: 'Pemilihan atau pemungutan suara ulang', en: 'Re-run or re-vote' },
  postponed: { id: 'Ditunda', en: 'Postponed' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
}

export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, Label> = {
  confirmed: { id: 'Ditetapkan', en: 'Confirmed' },
  withdrawn: { id: 'Mengundurkan diri', en: 'Withdrawn' },
  disqualified: { id: 'Didiskualifikasi', en: 'Disqualified' },
}

export const REGION_TYPE_LABELS: Record<RegionType, Label> = {
  provinsi: { id: 'Provinsi', en: 'Province' },
  kabupaten: { id: 'Kabupaten', en: 'Regency' },
  kota: { id: 'Kota', en: 'City' },
  kabupaten_administrasi: { id: 'Kabupaten administrasi', en: 'Administrative regency' },
  kota_administrasi: { id: 'Kota administrasi', en: 'Administrative city' },
}

export const VERDICT_LABELS: Record<FactCheckVerdict, Label> = {
  accurate: { id: 'Benar', en: 'Accurate' },
  inaccurate: { id: 'Salah (hoaks)', en: 'False' },
  misleading: { id: 'Menyesatkan', en: 'Misleading' },
  unproven: { id: 'Belum terbukti', en: 'Unproven' },
}

export const AUTHORITY_LABELS: Record<Authority, Label> = {
  kpu: { id: 'KPU', en: 'KPU' },
  bawaslu: { id: 'Bawaslu', en: 'Bawaslu' },
  platform: { id: 'Platform', en: 'Platform' },
}

export const ROLE_LABELS: Record<Role, Label> = {
  admin: { id: 'Admin platform', en: 'Platform admin' },
  publisher: { id: 'Penerbit', en: 'Publisher' },
  contributor: { id: 'Kontributor', en: 'Contributor' },
}

/** One language of a table: `inLocale(OFFICE_LABELS, 'en').bupati` is "Regent". */
export const inLocale = <K extends string>(labels: Record<K, Label>, locale: Locale) =>
  Object.fromEntries(
    Object.entries<Label>(labels).map(([key, label]) => [key, label[locale]]),
  ) as Record<K, string>

/** A table by language, as the guide's pages read it: `byLocale(OFFICE_LABELS).id.bupati`. */
export const byLocale = <K extends string>(
  labels: Record<K, Label>,
): Record<Locale, Record<K, string>> => ({
  id: inLocale(labels, 'id'),
  en: inLocale(labels, 'en'),
})
