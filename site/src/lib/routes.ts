import { LOCALES, type Locale } from '@pilkada/shared'

/**
 * The `[...lang]` parameter of a page in a locale: every page is one route for both languages,
 * Indonesian at the root and English under /en/.
 */
export const langParam = (locale: Locale) => (locale === 'id' ? undefined : locale)

/** getStaticPaths() of a page without parameters of its own: one path per locale. */
export const localePaths = () =>
  LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }))
