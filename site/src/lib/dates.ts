import type { Locale } from '@pilkada/shared'

/** Dates are shown as calendar days in WIB; the CMS stores a day as noon WIB (see the seed). */
export const TIME_ZONE = 'Asia/Jakarta'

const INTL: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' }

// Formatters are made once: a build formats dates on every one of a thousand pages.
const formatters = new Map<string, Intl.DateTimeFormat>()
const formatter = (key: string, make: () => Intl.DateTimeFormat) => {
  let made = formatters.get(key)
  if (!made) formatters.set(key, (made = make()))
  return made
}

export const formatDate = (iso: string, locale: Locale, withWeekday = false) =>
  formatter(
    `${locale}/${withWeekday}`,
    () =>
      new Intl.DateTimeFormat(INTL[locale], {
        timeZone: TIME_ZONE,
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        ...(withWeekday ? { weekday: 'long' } : {}),
      }),
  ).format(new Date(iso))

const dayFormatter = () =>
  formatter(
    'day',
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: TIME_ZONE,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
  )

const numbers = { id: new Intl.NumberFormat('id-ID'), en: new Intl.NumberFormat('en-GB') }

/** A count as the reader writes it: "9.704" in Indonesian, "9,704" in English. */
export const formatNumber = (n: number, locale: Locale) => numbers[locale].format(n)

/** The calendar day of an instant in WIB, as days since 1970-01-01. */
export const dayNumber = (iso: Date | string) => {
  const parts = dayFormatter().format(new Date(iso)).split('-').map(Number)
  return Math.round(Date.UTC(parts[0] as number, (parts[1] as number) - 1, parts[2]) / 86_400_000)
}

/** `YYYY-MM-DD` of an instant in WIB. */
export const isoDay = (iso: Date | string) => dayFormatter().format(new Date(iso))

type StageLike = { key: string; name: string; start: string; end: string }

export type Standing<S extends StageLike> = {
  /** The day the guide was built: every "now" on the page is as of this day. */
  buildDay: string
  /** Stages under way on the build day. */
  current: S[]
  /** The next stage to start, if any. */
  next: S | null
  /** Whole days from the build day to voting day: positive before, 0 on, negative after. */
  daysToVoting: number
  /** True when every stage of the timeline has ended. */
  finished: boolean
}

/** Where the election stands on `buildDate`, from the timeline. */
export const standing = <S extends StageLike>(
  stages: S[],
  votingDay: string,
  buildDate: Date,
): Standing<S> => {
  const today = dayNumber(buildDate)
  const sorted = [...stages].sort(
    (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end),
  )
  return {
    buildDay: buildDate.toISOString(),
    current: sorted.filter((s) => dayNumber(s.start) <= today && today <= dayNumber(s.end)),
    next: sorted.find((s) => dayNumber(s.start) > today) ?? null,
    daysToVoting: dayNumber(votingDay) - today,
    finished: sorted.length > 0 && sorted.every((s) => dayNumber(s.end) < today),
  }
}
