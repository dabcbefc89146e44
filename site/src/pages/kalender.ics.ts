import type { APIRoute } from 'astro'

import { buildDate } from '../lib/build'
import { loadModel } from '../lib/content'
import { isoDay } from '../lib/dates'
import { escapeText, foldLine } from '../lib/ical'

const compact = (day: string) => day.replace(/-/g, '')
const nextDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
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
      `SUMMARY:${escapeText(`Pilkada 2024: ${stage.name}`)}`,
      `DESCRIPTION:${escapeText(`Sumber: ${stage.source ?? ''}`)}`,
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
  return new Response(lines.map(foldLine).join('\r\n') + '\r\n', {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  })
}
