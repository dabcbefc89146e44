import sharp from 'sharp'

/** Uploads a generated picture to the CMS's media as `token`'s account; resolves with its id. */
export const uploadPhoto = async ({
  base,
  token,
  name,
  alt,
  color,
}: {
  base: string
  token: string
  name: string
  alt: string
  color: string
}) => {
  const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: color } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt }))
  const response = await fetch(`${base}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  if (!response.ok) throw new Error(`upload ${name}: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { doc: { id: string } }).doc.id
}
