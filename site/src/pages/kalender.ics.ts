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
/**
 * The national stages and the races' own events (re-votes, re-runs) as all-day events, for
 * voters' calendars; an event of a race names its region.
 */
export const GET: APIRoute = async () => {
  const model = await loadModel('id')
  const stamp = buildDate()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  const regionById = new Map(model.regions.map((region) => [region.id, region]))
  const events = model.stages
    .map((stage) => ({
      stage,
      region:
        stage.scope === 'regional' && stage.region?.id ? regionById.get(stage.region.id) : null,
    }))
    .filter(({ stage, region }) => stage.scope === 'national' || region)
    .flatMap(({ stage, region }) => [
      'BEGIN:VEVENT',
      `UID:${region ? `${region.code}.` : ''}${stage.key}@pilkada-2024.panduan`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(isoDay(stage.start))}`,
      `DTEND;VALUE=DATE:${compact(nextDay(isoDay(stage.end)))}`,
      `SUMMARY:${escapeText(`Pilkada 2024: ${stage.name}${region ? ` (${region.name})` : ''}`)}`,
      `DESCRIPTION:${escapeText([stage.description, `Sumber: ${stage.source ?? ''}`].filter(Boolean).join('\n'))}`,
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
