import { LOCALES, type Locale } from '@pilkada/shared'
import { localePath } from './i18n'
import type { InternalLinkPath } from '@pilkada/shared/richText'

import { guidePath, regionPath } from './model'

/**
 * The `[...lang]` parameter of a page in a locale: every page is one route for both languages,
 * Indonesian at the root and English under /en/.
 */
export const langParam = (locale: Locale) => (locale === 'id' ? undefined : locale)

/** getStaticPaths() of a page without parameters of its own: one path per locale. */
export const localePaths = () =>
  LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }))

/**
 * Where a rich-text link to a CMS document leads on the guide: a guide's page or a region's
 * page in the reader's language; any other document has no page, and its link stays text.
 */
export const internalLinkPath =
  (locale: Locale): InternalLinkPath =>
  (relationTo, doc) => {
    if (typeof doc.slug !== 'string' || !doc.slug) return null
    if (relationTo === 'guides') return localePath(locale, guidePath({ slug: doc.slug }))
    if (relationTo === 'regions') return localePath(locale, regionPath({ slug: doc.slug }))
    return null
  }
