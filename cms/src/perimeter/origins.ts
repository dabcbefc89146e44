/**
 * The browser origins whose requests may carry an editor's login cookie, for REST (Payload's
 * `cors` and `csrf`) and GraphQL alike: the CMS's public URL (SERVER_URL), CORS_ORIGINS
 * (comma-separated), and the CMS's own local addresses. Payload compares the `Origin` header
 * with this list character by character, so each entry is reduced to its origin
 * (`https://cms.example.org`, no path, no trailing slash).
 */
export const allowedOrigins = (): string[] => {
  const port = process.env.PORT || '3000'
  const listed = [
    process.env.SERVER_URL,
    ...(process.env.CORS_ORIGINS || '').split(','),
    `http://localhost:${port}`,
    `http://127.0.0.1:${port}`,
  ]
  const origins = listed.flatMap((value) => {
    if (!value?.trim()) return []
    try {
      return [new URL(value.trim()).origin]
    } catch {
      throw new Error(`SERVER_URL or CORS_ORIGINS holds "${value}", which is not a URL.`)
    }
  })
  return [...new Set(origins)]
}

export const isAllowedOrigin = (origin: null | string) =>
  origin !== null && allowedOrigins().includes(origin)

/**
 * The guide's own origins, from which its "Laporkan hoaks" form posts: SITE_URL (comma-separated
 * when the guide is served under several), by default the guide that `npm start` serves on
 * SITE_PORT. They carry no editor's login: they only may submit reports.
 */
export const siteOrigins = (): string[] => {
  const port = process.env.SITE_PORT || '4321'
  const listed = process.env.SITE_URL
    ? process.env.SITE_URL.split(',')
    : [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
  return listed.flatMap((value) => {
    if (!value.trim()) return []
    try {
      return [new URL(value.trim()).origin]
    } catch {
      throw new Error(`SITE_URL holds "${value}", which is not a URL.`)
    }
  })
}

/** Whether a report may come from `origin`: the guide's origins and the CMS's own. */
export const isReportOrigin = (origin: null | string) =>
  origin !== null && (siteOrigins().includes(origin) || allowedOrigins().includes(origin))
