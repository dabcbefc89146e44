import { readFileSync } from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { escapeHtml, renderRichText } from '@pilkada/shared/richText'

// The guide's own stylesheet, so that the preview looks as the page will.
const css = () => readFileSync(path.resolve(process.cwd(), '../site/src/styles/site.css'), 'utf8')

const page = (lang: string, title: string, body: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Pratinjau: ${escapeHtml(title)}</title><style>${css()}</style></head>
<body><div class="notice info" role="status"><strong>Pratinjau draf</strong> — belum terbit, hanya terlihat oleh editor yang masuk.</div>
<main id="isi">${body}</main></body></html>`

/**
 * `/preview/guides/<id>?locale=id|en`: the latest draft of a guide as the guide will show it,
 * for a logged-in editor who may read it. Never cached, never indexed, never part of the build.
 */
export const GET = async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'private, no-store',
    'x-robots-tag': 'noindex',
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
  const { id } = await params
  const locale = new URL(request.url).searchParams.get('locale') === 'en' ? 'en' : 'id'
  const guide = await payload.findByID({
    collection: 'guides',
    id,
    draft: true,
    overrideAccess: false,
    user,
    locale,
    depth: 0,
    disableErrors: true,
  })
  if (!guide)
    return new Response(page(locale, 'Tidak ditemukan', '<h1>Panduan tidak ditemukan.</h1>'), {
      status: 404,
      headers,
    })
  const body = `<h1>${escapeHtml(guide.title)}</h1><p><strong>${escapeHtml(guide.summary)}</strong></p>${renderRichText(guide.body)}<p class="source">Sumber: ${escapeHtml(guide.source)}</p>`
  return new Response(page(locale, guide.title, body), { status: 200, headers })
}
