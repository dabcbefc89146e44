import config from '@payload-config'
import { getPayload } from 'payload'

import { escapeHtml } from '@pilkada/shared/richText'

import {
  isPreviewCollection,
  type PreviewCollection,
  previewLocale,
  readDraft,
  renderDraft,
} from '../../../../../preview/draftPreview'

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex',
}

/** A page that says why there is no preview (the guide's pages render only drafts). */
const message = (status: number, title: string, body = '') =>
  new Response(
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Pratinjau: ${escapeHtml(title)}</title></head><body style="font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem"><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
    { status, headers: HEADERS },
  )

const NOT_FOUND: Record<PreviewCollection, string> = {
  guides: 'Panduan tidak ditemukan.',
  faqs: 'Tanya jawab tidak ditemukan.',
  'fact-checks': 'Cek fakta tidak ditemukan.',
  candidates: 'Pasangan calon tidak ditemukan.',
}

type Params = { params: Promise<{ collection: string; id: string }> }

/** The editor and the draft they may read, or the page that says why not. */
const draftFor = async (request: Request, params: Params['params']) => {
  const { collection, id } = await params
  if (!isPreviewCollection(collection))
    return { refused: message(404, 'Tidak ada pratinjau untuk jenis ini.') }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user)
    return {
      refused: message(
        401,
        'Masuk ke admin untuk melihat pratinjau.',
        '<p><a href="/admin/login">Masuk</a></p>',
      ),
    }
  const locale = previewLocale(request.url)
  const doc = await readDraft(payload, user, collection, id, locale)
  if (!doc) return { refused: message(404, NOT_FOUND[collection]) }
  return { collection, locale, doc, payload, user }
}

const rendered = async (
  collection: PreviewCollection,
  locale: 'en' | 'id',
  doc: Record<string, unknown>,
) => {
  const result = await renderDraft(collection, locale, doc)
  return result.ok
    ? new Response(result.html, { status: 200, headers: HEADERS })
    : message(503, result.message)
}

/**
 * `/preview/<collection>/<id>?locale=id|en` for guides, FAQs, fact-checks and candidate pairs:
 * the latest draft as the guide will show it, rendered by the guide's own pages, for a logged-in
 * editor who may read it. Never cached, never indexed, never part of the build.
 */
export const GET = async (request: Request, { params }: Params) => {
  const draft = await draftFor(request, params)
  if ('refused' in draft) return draft.refused
  return rendered(draft.collection, draft.locale, draft.doc)
}

/**
 * The live preview (`/preview/live/…`) posts the admin's unsaved form here: the same editor and
 * access check as GET, then the stored draft with the posted fields over it. JSON only, so that
 * another site cannot post a form with the editor's cookie.
 */
export const POST = async (request: Request, { params }: Params) => {
  if (!request.headers.get('content-type')?.startsWith('application/json'))
    return message(415, 'Pratinjau menerima JSON saja.')
  const draft = await draftFor(request, params)
  if ('refused' in draft) return draft.refused
  let edits: unknown
  try {
    edits = await request.json()
  } catch {
    return message(400, 'Isi pratinjau tidak terbaca.')
  }
  if (!edits || typeof edits !== 'object' || Array.isArray(edits))
    return message(400, 'Isi pratinjau tidak terbaca.')
  return rendered(draft.collection, draft.locale, {
    ...draft.doc,
    ...(edits as Record<string, unknown>),
    id: draft.doc.id,
  })
}
