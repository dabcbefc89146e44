import type { APIRoute } from 'astro'

import { buildDate } from '../lib/build'
import { loadModel } from '../lib/content'
import { isoDay } from '../lib/dates'

const escape = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')
const compact = (day: string) => day.replace(/-/g, '')
const nextDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}
/** Lines of an iCalendar file are folded at 75 octets (RFC 5545 §3.1). */
const fold = (line: string) => {
  const bytes = new TextEncoder().encode(line)
  if (bytes.length <= 75) return line
  const parts: string[] = []
  let current = ''
  for (const char of line) {
    if (new TextEncoder().encode(current + char).length > (parts.length ? 74 : 75)) {
      parts.push(current)
      current = ''
    }
    current += char
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** The national stages as all-day events, for voters' calendars. */
export const GET: APIRoute = async () => {
  const model = await loadModel('id')
  const stamp = buildDate()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  const events = model.stages
    .filter((stage) => stage.scope === 'national')
    .flatMap((stage) => [
      'BEGIN:VEVENT',
      `UID:${stage.key}@pilkada-2024.panduan`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(isoDay(stage.start))}`,
      `DTEND;VALUE=DATE:${compact(nextDay(isoDay(stage.end)))}`,
      `SUMMARY:${escape(`Pilkada 2024: ${stage.name}`)}`,
      `DESCRIPTION:${escape(`Sumber: ${stage.source ?? ''}`)}`,
      'END:VEVENT',
    ])
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pusat Panduan Pilkada//Tahapan Pilkada 2024//ID',
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Tahapan Pilkada 2024',
    ...events,
    'END:VCALENDAR',
  ]
  return new Response(lines.map(fold).join('\r\n') + '\r\n', {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  })
}
