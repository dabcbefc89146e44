import type { Payload, TypedUser } from 'payload'

/**
 * Editors' draft previews. The CMS checks who may read a draft; the guide's own pages render it:
 * the build runner (scripts/siteRunner.mjs) serves the site's on-demand route
 * site/src/pages/draft-preview.astro on its loopback port, which renders only what the CMS posts
 * with the shared secret SITE_REBUILD_SECRET.
 */
export const PREVIEW_COLLECTIONS = ['guides', 'faqs', 'fact-checks', 'candidates'] as const

export type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number]

export const isPreviewCollection = (value: string): value is PreviewCollection =>
  (PREVIEW_COLLECTIONS as readonly string[]).includes(value)

/** The admin's "Preview" button of a collection: the saved draft, in a new tab. */
export const previewUrl =
  (collection: PreviewCollection) =>
  (doc: Record<string, unknown>, { locale }: { locale: string }) =>
    `/preview/${collection}/${String(doc.id)}?locale=${locale}`

/** The admin's live preview of a collection: the unsaved edits, beside the form. */
export const livePreviewUrl =
  (collection: PreviewCollection) =>
  ({ data, locale }: { data: Record<string, unknown>; locale: { code: string } }) =>
    data.id ? `/preview/live/${collection}/${String(data.id)}?locale=${locale.code}` : null

/** Most voters read the guide on a phone. */
export const LIVE_PREVIEW_BREAKPOINTS = [
  { label: 'Ponsel', name: 'mobile', width: 390, height: 844 },
  { label: 'Laptop', name: 'laptop', width: 1366, height: 900 },
]

// `npm start` gives the CMS and its build runner one random secret; a runner started by hand in
// development may use this default. A production CMS without SITE_REBUILD_SECRET previews nothing.
const DEV_PREVIEW_SECRET = 'pilkada-dev-rebuild-secret'

const rendererUrl = () =>
  process.env.SITE_PREVIEW_URL ||
  `http://127.0.0.1:${process.env.SITE_RUNNER_PORT || 4322}/draft-preview/`

const rendererSecret = () =>
  process.env.SITE_REBUILD_SECRET ||
  (process.env.NODE_ENV === 'production' ? '' : DEV_PREVIEW_SECRET)

export type Rendered = { ok: true; html: string } | { ok: false; message: string }

// The guide's pages point at its own copies of images (/media/…); the CMS serves the originals.
const cmsMedia = (html: string) =>
  html.replace(
    /\s(src|srcset)="([^"]*)"/g,
    (_, name: string, value: string) =>
      ` ${name}="${value.replace(/(^|,\s*)\/media\//g, '$1/api/media/file/')}"`,
  )

/** The draft rendered by the guide's own pages, or why it could not be (for the editor). */
export const renderDraft = async (
  collection: PreviewCollection,
  locale: 'en' | 'id',
  doc: Record<string, unknown>,
): Promise<Rendered> => {
  const secret = rendererSecret()
  if (!secret)
    return {
      ok: false,
      message:
        'Pratinjau belum disiapkan di server ini: atur SITE_REBUILD_SECRET yang sama pada CMS dan layanan pembangun situs.',
    }
  try {
    const response = await fetch(rendererUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rebuild-secret': secret },
      body: JSON.stringify({ collection, locale, doc }),
      signal: AbortSignal.timeout(15_000),
    })
    if (response.ok) return { ok: true, html: cmsMedia(await response.text()) }
    return {
      ok: false,
      message:
        response.status === 503
          ? 'Pratinjau belum tersedia: situs panduan belum pernah dibangun. Coba lagi setelah pembangunan pertama selesai.'
          : `Pratinjau tidak dapat dibuat (kode ${response.status}). Lengkapi isian yang wajib, simpan draf, lalu coba lagi.`,
    }
  } catch {
    return {
      ok: false,
      message:
        'Pratinjau tidak dapat dibuat: layanan pembangun situs tidak menjawab. Coba lagi sebentar lagi, atau hubungi admin platform.',
    }
  }
}

/**
 * The latest draft of a document for an editor who may read it (their own access rules, as in
 * the admin), or null. A pair comes with its photo and its race.
 */
export const readDraft = async (
  payload: Payload,
  user: TypedUser,
  collection: PreviewCollection,
  id: string,
  locale: 'en' | 'id',
) =>
  (await payload.findByID({
    collection,
    id,
    draft: true,
    overrideAccess: false,
    user,
    locale,
    depth: collection === 'candidates' ? 1 : 0,
    disableErrors: true,
  })) as null | Record<string, unknown>

export const previewLocale = (url: string): 'en' | 'id' =>
  new URL(url).searchParams.get('locale') === 'en' ? 'en' : 'id'
