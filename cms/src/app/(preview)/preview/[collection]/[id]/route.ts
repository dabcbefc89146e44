import { readFileSync } from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { escapeHtml } from '@pilkada/shared/richText'

import {
  isPreviewCollection,
  type PreviewCollection,
  PREVIEWS,
} from '../../../../../preview/render'

// The guide's own stylesheet, so that the preview looks as the page will.
const css = () => readFileSync(path.resolve(process.cwd(), '../site/src/styles/site.css'), 'utf8')

const page = (lang: string, title: string, body: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Pratinjau: ${escapeHtml(title)}</title><style>${css()}</style></head>
<body><div class="notice info" role="status"><strong>Pratinjau draf</strong> — belum terbit, hanya terlihat oleh editor yang masuk.</div>
<main id="isi">${body}</main></body></html>`

const NOT_FOUND: Record<PreviewCollection, string> = {
  guides: 'Panduan tidak ditemukan.',
  faqs: 'Tanya jawab tidak ditemukan.',
  'fact-checks': 'Cek fakta tidak ditemukan.',
  candidates: 'Pasangan calon tidak ditemukan.',
}

/**
 * `/preview/<collection>/<id>?locale=id|en` for guides, FAQs, fact-checks and candidate pairs:
 * the latest draft as the guide will show it, for a logged-in editor who may read it. Never
 * cached, never indexed, never part of the build.
 */
export const GET = async (
  request: Request,
  { params }: { params: Promise<{ collection: string; id: string }> },
) => {
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'private, no-store',
    'x-robots-tag': 'noindex',
  }
  const { collection, id } = await params
  if (!isPreviewCollection(collection)) {
    return new Response(page('id', 'Tidak ada', '<h1>Tidak ada pratinjau untuk jenis ini.</h1>'), {
      status: 404,
      headers,
    })
  }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) {
    return new Response(
      page(
        'id',
        'Masuk dahulu',
        '<h1>Masuk ke admin untuk melihat pratinjau.</h1><p><a href="/admin/login">Masuk</a></p>',
      ),
      { status: 401, headers },
    )
  }
  const locale = new URL(request.url).searchParams.get('locale') === 'en' ? 'en' : 'id'
  const doc = await payload.findByID({
    collection,
    id,
    draft: true,
    overrideAccess: false,
    user,
    locale,
    // A pair shows its photo and its race's title.
    depth: collection === 'candidates' ? 1 : 0,
    disableErrors: true,
  })
  if (!doc)
    return new Response(page(locale, 'Tidak ditemukan', `<h1>${NOT_FOUND[collection]}</h1>`), {
      status: 404,
      headers,
    })
  const render = PREVIEWS[collection] as (
    locale: 'id' | 'en',
    doc: unknown,
  ) => {
    title: string
    body: string
  }
  const { title, body } = render(locale, doc)
  return new Response(page(locale, title, body), { status: 200, headers })
}
