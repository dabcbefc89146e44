/**
 * Images are served by the guide itself, not by the CMS: the build copies every image a page
 * uses into dist/media (scripts/build.mjs), and pages point at that copy.
 */
export const mediaPath = (url: null | string | undefined): null | string => {
  if (!url) return null
  const name = decodeURIComponent(url.split('?')[0]!.split('/').pop() ?? '')
  return /^[\w.-]+$/.test(name) ? `/media/${name}` : null
}
