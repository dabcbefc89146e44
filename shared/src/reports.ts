import type { Locale } from './locales'

/**
 * The public "Laporkan hoaks" form: its field names, limits and messages, shared by the guide
 * (the form's `name` and `maxlength`) and the CMS (the submit endpoint's checks), so that both
 * sides agree on what a report may hold.
 */

/** Names of the form's fields, as posted. */
export const REPORT_FIELDS = {
  seen: 'seen',
  where: 'where',
  contact: 'contact',
  locale: 'locale',
  /** Hidden from people; a bot that fills it gets the thank-you and nothing is stored. */
  honeypot: 'homepage',
} as const

/** The most characters each field holds, and the most bytes a whole submission may have. */
export const REPORT_LIMITS = {
  seen: 2_000,
  where: 500,
  contact: 200,
  bodyBytes: 16 * 1024,
} as const

export const REPORT_STATUSES = ['new', 'checking', 'answered', 'dismissed'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

/** The guide's pages of the form, without the locale prefix. */
export const REPORT_PATHS = { form: '/lapor/', thanks: '/lapor/terima-kasih/' } as const

/** Where the CMS's submit endpoint is, below the CMS's public URL. */
export const REPORT_ENDPOINT = '/api/reports/submit'

export type ReportInput = { seen: string; where: string; contact: string }
export type ReportProblem = { field: keyof ReportInput | 'form'; message: string }

const number = (n: number, locale: Locale) => n.toLocaleString(locale === 'id' ? 'id-ID' : 'en')

const FIELD_NAMES: Record<Locale, Record<keyof ReportInput, string>> = {
  id: { seen: 'Apa yang Anda lihat', where: 'Di mana Anda melihatnya', contact: 'Kontak' },
  en: { seen: 'What you saw', where: 'Where you saw it', contact: 'Contact' },
}

export const REPORT_MESSAGES = {
  id: {
    empty: {
      seen: 'Tuliskan apa yang Anda lihat: isi kabar atau klaimnya.',
      where: 'Tuliskan di mana Anda melihatnya: tautan, atau nama aplikasi atau grupnya.',
    },
    tooLong: (field: keyof ReportInput, length: number, max: number) =>
      `Isian "${FIELD_NAMES.id[field]}" terlalu panjang: ${number(length, 'id')} karakter, paling banyak ${number(max, 'id')}. Persingkat teksnya.`,
    tooLarge: `Laporan terlalu besar: paling banyak ${number(REPORT_LIMITS.bodyBytes, 'id')} bita. Persingkat teksnya.`,
    unreadable: 'Laporan tidak dapat dibaca. Kirim lewat formulir di situs Pusat Panduan Pilkada.',
    foreignOrigin: 'Laporan hanya diterima dari formulir di situs Pusat Panduan Pilkada.',
    tooMany: (seconds: number) =>
      `Terlalu banyak laporan dari jaringan Anda. Coba lagi dalam ${Math.ceil(seconds / 60)} menit.`,
    received: 'Terima kasih, laporan Anda sudah kami terima.',
  },
  en: {
    empty: {
      seen: 'Write what you saw: the message or the claim.',
      where: 'Write where you saw it: a link, or the name of the app or group.',
    },
    tooLong: (field: keyof ReportInput, length: number, max: number) =>
      `"${FIELD_NAMES.en[field]}" is too long: ${number(length, 'en')} characters, at most ${number(max, 'en')}. Please shorten it.`,
    tooLarge: `The report is too large: at most ${number(REPORT_LIMITS.bodyBytes, 'en')} bytes. Please shorten it.`,
    unreadable: 'The report could not be read. Please send it with the form on the Guide Centre.',
    foreignOrigin: 'Reports are accepted only from the form on the Pilkada Guide Centre.',
    tooMany: (seconds: number) =>
      `Too many reports from your network. Try again in ${Math.ceil(seconds / 60)} minutes.`,
    received: 'Thank you, we have received your report.',
  },
} satisfies Record<Locale, unknown>

// Control characters other than tab and line breaks, and bidirectional overrides: pasted
// messages carry them, and they can make a text read other than it is. Removed, not refused.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g

/** A field as typed, with hidden characters removed and surrounding space trimmed. */
export const cleanReportText = (value: unknown) =>
  typeof value === 'string' ? value.replace(HIDDEN, '').trim() : ''

/** What is wrong with a report, in the reporter's language; empty when it may be stored. */
export const reportProblems = (input: ReportInput, locale: Locale): ReportProblem[] => {
  const messages = REPORT_MESSAGES[locale]
  const problems: ReportProblem[] = []
  for (const field of ['seen', 'where'] as const) {
    if (!input[field]) problems.push({ field, message: messages.empty[field] })
  }
  for (const field of ['seen', 'where', 'contact'] as const) {
    const length = input[field].length
    if (length > REPORT_LIMITS[field]) {
      problems.push({ field, message: messages.tooLong(field, length, REPORT_LIMITS[field]) })
    }
  }
  return problems
}
