import type { ElectionStatus, Office } from '@pilkada/shared'

export const OFFICE_LABELS: Record<Office, { en: string; id: string }> = {
  gubernur: { id: 'Gubernur', en: 'Governor' },
  bupati: { id: 'Bupati', en: 'Regent' },
  wali_kota: { id: 'Wali kota', en: 'Mayor' },
}

export const STATUS_LABELS: Record<ElectionStatus, { en: string; id: string }> = {
  scheduled: { id: 'Terjadwal', en: 'Scheduled' },
  voting: { id: 'Pemungutan suara', en: 'Voting' },
  counting: { id: 'Penghitungan suara', en: 'Counting' },
  decided: { id: 'Hasil ditetapkan', en: 'Decided' },
  rerun: { id: 'Pemilihan/pemungutan suara ulang', en: 'Re-run or re-vote' },
  postponed: { id: 'Ditunda', en: 'Postponed' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
}
