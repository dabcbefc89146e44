import { NextResponse, type NextRequest } from 'next/server'

/**
 * The admin speaks Indonesian whatever the browser's language: Payload picks the language from
 * the `payload-lng` cookie (set when an editor chooses a language in their account settings),
 * then from `Accept-Language`, then `i18n.fallbackLanguage` ('id'). Without the header, an
 * English browser gets the fallback, and an editor who chose English keeps it.
 * (payload/dist/utilities/getRequestLanguage.js)
 */
export const proxy = (request: NextRequest) => {
  if (!request.headers.has('accept-language')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.delete('accept-language')
  return NextResponse.next({ request: { headers } })
}

export const config = {
  // The admin and the REST calls it makes (their messages reach the form); not GraphQL, whose
  // public reads need no language.
  matcher: ['/admin', '/admin/:path*', '/api/((?!graphql).*)'],
}
