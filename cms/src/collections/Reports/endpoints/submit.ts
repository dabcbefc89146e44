import type { Endpoint } from 'payload'

import type { Locale } from '@pilkada/shared'
import {
  cleanReportText,
  REPORT_FIELDS,
  REPORT_LIMITS,
  REPORT_MESSAGES,
  REPORT_PATHS,
  reportProblems,
  type ReportProblem,
} from '@pilkada/shared/reports'

import { readCapped } from '../../../lib/readCapped'
import { isReportOrigin } from '../../../perimeter/origins'
import { limitReport } from '../../../perimeter/rateLimit'

/**
 * POST /api/reports/submit: the guide's "Laporkan hoaks" form, the only way a report is created.
 * A plain HTML form (no JavaScript) gets a 303 to the guide's thank-you page in its language, or
 * a short page that says what is wrong; the guide's script (fetch with `Accept:
 * application/json`, a CORS-simple request with no preflight) gets JSON. Only the guide's origins
 * and the CMS's own may post (origins.ts), each client a few times an hour (rateLimit.ts).
 */

type Fields = Record<string, unknown>
type Mode = { json: boolean; origin: string; locale: Locale }

const corsHeaders = (origin: string): Record<string, string> => ({
  'access-control-allow-origin': origin,
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type, accept',
  'access-control-max-age': '600',
  vary: 'Origin',
})

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

const guideUrl = ({ origin, locale }: Mode, path: string) =>
  `${origin}${locale === 'id' ? '' : `/${locale}`}${path}`

/** The refusal in the form's way: JSON for the script, a short page for a plain form. */
const refused = (mode: Mode, status: number, problems: ReportProblem[], extra = {}) => {
  const headers = { ...corsHeaders(mode.origin), ...extra }
  if (mode.json) return Response.json({ ok: false, errors: problems }, { status, headers })
  const back = mode.locale === 'id' ? 'Kembali ke formulir' : 'Back to the form'
  const title = mode.locale === 'id' ? 'Laporan belum terkirim' : 'The report was not sent'
  const html = `<!doctype html><html lang="${mode.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><ul>${problems.map((p) => `<li>${escapeHtml(p.message)}</li>`).join('')}</ul><p><a href="${escapeHtml(guideUrl(mode, REPORT_PATHS.form))}">${back}</a></p></main></body></html>`
  return new Response(html, {
    status,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
  })
}

const received = (mode: Mode) =>
  mode.json
    ? Response.json(
        { ok: true, message: REPORT_MESSAGES[mode.locale].received },
        { status: 201, headers: corsHeaders(mode.origin) },
      )
    : new Response(null, {
        status: 303,
        headers: { location: guideUrl(mode, REPORT_PATHS.thanks) },
      })

/** The posted fields from a urlencoded, multipart or JSON body; null when unreadable. */
const parseFields = async (bytes: Buffer, contentType: string): Promise<Fields | null> => {
  try {
    if (contentType.includes('application/json')) {
      const parsed: unknown = JSON.parse(bytes.toString('utf8'))
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Fields)
        : null
    }
    if (contentType.includes('application/x-www-form-urlencoded')) {
      return Object.fromEntries(new URLSearchParams(bytes.toString('utf8')))
    }
    if (contentType.includes('multipart/form-data')) {
      const form = await new Response(new Uint8Array(bytes), {
        headers: { 'content-type': contentType },
      }).formData()
      return Object.fromEntries([...form].filter(([, value]) => typeof value === 'string'))
    }
  } catch {
    return null
  }
  return null
}

const localeOf = (value: unknown): Locale => (value === 'en' ? 'en' : 'id')

const submit: Endpoint['handler'] = async (req) => {
  const origin = req.headers.get('origin')
  const contentType = req.headers.get('content-type') ?? ''
  const json =
    (req.headers.get('accept') ?? '').includes('application/json') ||
    contentType.includes('application/json')
  // The form's language is only known once the body is read; until then, Indonesian.
  const mode: Mode = {
    json,
    origin: origin ?? '',
    locale: localeOf(req.searchParams.get('locale')),
  }
  if (!isReportOrigin(origin)) {
    const message = REPORT_MESSAGES[mode.locale].foreignOrigin
    const body = json
      ? Response.json({ ok: false, errors: [{ field: 'form', message }] }, { status: 403 })
      : new Response(message, { status: 403, headers: { 'content-type': 'text/plain' } })
    return body
  }
  const limited = await limitReport(req as unknown as Request)
  if (limited) {
    const wait = Number(limited.headers.get('retry-after')) || 60
    return refused(
      mode,
      429,
      [{ field: 'form', message: REPORT_MESSAGES[mode.locale].tooMany(wait) }],
      {
        'retry-after': String(wait),
      },
    )
  }
  const bytes = await readCapped(req, REPORT_LIMITS.bodyBytes)
  if (!bytes) {
    return refused(mode, 413, [{ field: 'form', message: REPORT_MESSAGES[mode.locale].tooLarge }])
  }
  const fields = await parseFields(bytes, contentType)
  if (!fields) {
    return refused(mode, 400, [{ field: 'form', message: REPORT_MESSAGES[mode.locale].unreadable }])
  }
  mode.locale = localeOf(fields[REPORT_FIELDS.locale])
  // A bot that filled the field people cannot see is thanked like anyone, and nothing is kept.
  if (cleanReportText(fields[REPORT_FIELDS.honeypot])) return received(mode)
  const input = {
    seen: cleanReportText(fields[REPORT_FIELDS.seen]),
    where: cleanReportText(fields[REPORT_FIELDS.where]),
    contact: cleanReportText(fields[REPORT_FIELDS.contact]),
  }
  const problems = reportProblems(input, mode.locale)
  if (problems.length > 0) return refused(mode, 400, problems)
  await req.payload.create({
    collection: 'reports',
    data: { ...input, contact: input.contact || null, locale: mode.locale, status: 'new' },
    overrideAccess: true,
  })
  return received(mode)
}

/** The preflight of a cross-origin request that is not CORS-simple (a JSON body). */
const preflight: Endpoint['handler'] = async (req) => {
  const origin = req.headers.get('origin')
  if (!isReportOrigin(origin)) return new Response(null, { status: 403 })
  return new Response(null, { status: 204, headers: corsHeaders(origin!) })
}

export const submitEndpoints: Endpoint[] = [
  { path: '/submit', method: 'post', handler: submit },
  { path: '/submit', method: 'options', handler: preflight },
]
