/**
 * A request's body, or null once it passes `max` bytes: counted while it streams in, so that a
 * chunked body without Content-Length is refused at the limit instead of read to its end.
 */
export const readCapped = async (
  request: { body?: null | ReadableStream<Uint8Array>; headers: Headers },
  max: number,
): Promise<Buffer | null> => {
  if (Number(request.headers.get('content-length') || 0) > max) return null
  if (!request.body) return Buffer.alloc(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}
