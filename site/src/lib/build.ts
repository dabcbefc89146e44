import { BUILD_DATE } from 'astro:env/server'

/** The day the guide is built (BUILD_DATE overrides it, for tests and reproducible builds). */
export const buildDate = (): Date => {
  const date = BUILD_DATE ? new Date(BUILD_DATE) : new Date()
  if (Number.isNaN(date.getTime())) throw new Error(`BUILD_DATE "${BUILD_DATE}" is not a date`)
  return date
}
