import { readFileSync } from 'node:fs'
import path from 'node:path'

import { TRUSTED_DOCUMENTS } from '../../../../graphql/handlers'
import { limitApi } from '../../../../perimeter/rateLimit'

/**
 * The published schema (introspection is off in production): the committed SDL, with the ids
 * of the trusted documents in a header comment.
 */
export const GET = async (request: Request) => {
  const limited = await limitApi(request)
  if (limited) return limited
  const sdl = readFileSync(path.resolve(process.cwd(), '../shared/schema.graphql'), 'utf8')
  const trusted = [...TRUSTED_DOCUMENTS.entries()]
    .map(
      ([id, text]) =>
        `# trusted document ${id}: ${text.match(/(query|mutation) (\w+)/)?.[2] ?? ''}`,
    )
    .join('\n')
  return new Response(`${trusted}\n\n${sdl}`, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'public, max-age=300',
      'access-control-allow-origin': '*',
    },
  })
}
