import type { Timezone } from 'payload'

/** Indonesia's three time zones, named as editors say them, for scheduled publishing. */
export const INDONESIAN_TIMEZONES: Timezone[] = [
  { label: 'WIB — Waktu Indonesia Barat (Jakarta)', value: 'Asia/Jakarta' },
  { label: 'WITA — Waktu Indonesia Tengah (Makassar)', value: 'Asia/Makassar' },
  { label: 'WIT — Waktu Indonesia Timur (Jayapura)', value: 'Asia/Jayapura' },
]
