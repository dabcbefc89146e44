import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * Calls one of the admin's server functions (`schedule-publish`, …) as the admin's browser
 * does: a Next.js server action POSTed to an admin page, signed in with the editor's token. The
 * action id comes from the built CMS's manifest. Returns the status and the raw React Server
 * Components reply (its text holds the function's result).
 */
export const callAdminServerFunction = async (
  base: string,
  token: string | undefined,
  name: string,
  args: Record<string, unknown>,
) => {
  const manifest = JSON.parse(
    readFileSync(
      fileURLToPath(
        new URL('../../cms/.next/server/server-reference-manifest.json', import.meta.url),
      ),
      'utf8',
    ),
  ) as { node: Record<string, { filename: string }> }
  const actionId = Object.entries(manifest.node).find(([, entry]) =>
    entry.filename.endsWith('src/app/(payload)/layout.tsx'),
  )?.[0]
  if (!actionId) throw new Error('The admin server function is not in the built CMS')
  // React encodes a Date argument as "$D<ISO date>".
  const encoded = JSON.stringify([{ name, args }], (_key, value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) ? `$D${value}` : value,
  )
  const response = await fetch(`${base}/admin`, {
    method: 'POST',
    headers: {
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
      'next-action': actionId,
      origin: base,
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: encoded,
  })
  return { status: response.status, text: await response.text() }
}
