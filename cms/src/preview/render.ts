import type { Locale } from '@pilkada/shared'
import { formatDate } from '@pilkada/shared/dates'
import { t, VERDICT_NAMES } from '@pilkada/shared/guideText'
import type { Candidate, FactCheck, Faq, Guide, Media } from '@pilkada/shared/payload-types'
import { escapeHtml as e, renderRichText, richTextToPlain } from '@pilkada/shared/richText'
import { sourceLabels } from '@pilkada/shared/sources'

/**
 * The markup of the guide's pages (site/src/components) for one draft document, so that the
 * preview, styled with the guide's own stylesheet, looks as the published page will. The texts
 * around the content come from the same shared strings as the guide's.
 */

/** Source.astro */
const source = (locale: Locale, value: null | string | undefined) => {
  const labels = sourceLabels(value, locale)
  if (labels.length === 0) return ''
  const items = labels.map(({ label, href }) =>
    href ? `<a href="${e(href)}" rel="noopener">${e(label)}</a>` : e(label),
  )
  return `<p class="source">${e(t(locale).source)}: ${items.join('; ')}</p>`
}

/** GuidePage.astro */
const guide = (locale: Locale, doc: Guide) => {
  const s = t(locale)
  const authority = doc.authority === 'bawaslu' ? 'Bawaslu' : 'KPU'
  return {
    title: doc.title,
    body: `<nav class="muted">${e(s.guidesTitle)}</nav><h1>${e(doc.title)}</h1><p><strong>${e(doc.summary)}</strong></p>${renderRichText(doc.body)}${source(locale, doc.source)}<p class="muted">${authority} · ${e(formatDate(doc.updatedAt, locale))}</p>`,
  }
}

/** One question of FaqPage.astro */
const faq = (locale: Locale, doc: Faq) => ({
  title: doc.question,
  body: `<h1>${e(t(locale).faqsTitle)}</h1><section><h2>${e(doc.question)}</h2>${renderRichText(doc.answer)}${source(locale, doc.source)}</section>`,
})

/** One fact-check of FactChecksPage.astro */
const factCheck = (locale: Locale, doc: FactCheck) => {
  const s = t(locale)
  return {
    title: doc.claim,
    body: `<h1>${e(s.factChecksTitle)}</h1><article class="pair"><h2>${e(s.claim)}: “${e(doc.claim)}”</h2><p class="status">${e(s.verdict)}: ${e(VERDICT_NAMES[locale][doc.verdict])}</p>${renderRichText(doc.explanation)}${source(locale, doc.sources)}<p class="muted">${e(formatDate(doc.date, locale))}</p></article>`,
  }
}

/** Candidate.astro, under its race's heading as on the region page. */
const candidate = (locale: Locale, doc: Candidate) => {
  const s = t(locale)
  const photo = typeof doc.photo === 'object' ? (doc.photo as Media | null) : null
  const small = photo?.sizes?.small
  const src = small?.url ?? photo?.url
  const image =
    photo && src
      ? `<img src="${e(src)}" width="${small?.width ?? photo.width ?? ''}" height="${small?.height ?? photo.height ?? ''}" alt="${e(photo.alt || s.photoOf(doc.headName, doc.deputyName))}">`
      : ''
  const nomination =
    doc.nomination === 'independent'
      ? e(s.independent)
      : `<span class="muted">${e(s.parties)}:</span> ${e((doc.parties ?? []).join(', '))}`
  const visionMission =
    richTextToPlain(doc.vision) || richTextToPlain(doc.mission)
      ? `<details open><summary>${e(s.visionMission)}</summary><h5>${e(s.vision)}</h5>${renderRichText(doc.vision)}<h5>${e(s.mission)}</h5>${renderRichText(doc.mission)}</details>`
      : ''
  const election = typeof doc.election === 'object' ? doc.election : null
  const pair = `${doc.headName} – ${doc.deputyName}`
  return {
    title: pair,
    body: `<h1>${e(election?.title ?? '')}</h1><section><h3>${e(s.candidates)}</h3><article class="pair"><h4><span class="num" aria-label="${e(`${s.ballotNumber} ${doc.ballotNumber}`)}">${doc.ballotNumber}</span> ${e(pair)}</h4>${image}<p>${nomination}</p>${visionMission}${source(locale, doc.source)}</article></section>`,
  }
}

/** The collections that have a preview, and how each draft shows. */
export const PREVIEWS = {
  guides: guide,
  faqs: faq,
  'fact-checks': factCheck,
  candidates: candidate,
} as const

export type PreviewCollection = keyof typeof PREVIEWS

export const isPreviewCollection = (value: string): value is PreviewCollection =>
  Object.hasOwn(PREVIEWS, value)

/** The admin's "Preview" button of a collection. */
export const previewUrl =
  (collection: PreviewCollection) =>
  (doc: Record<string, unknown>, { locale }: { locale: string }) =>
    `/preview/${collection}/${String(doc.id)}?locale=${locale}`
