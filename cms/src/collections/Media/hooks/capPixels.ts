import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { fieldError } from '../../../lib/validationError'

/** The largest image accepted, in megapixels (MEDIA_MAX_MEGAPIXELS, 40 by default). */
export const maxMegapixels = () => Number(process.env.MEDIA_MAX_MEGAPIXELS || 40)

/**
 * Refuses an image with more pixels than the cap from its header alone, before sharp decodes
 * and resizes it (an 8000 × 8000 PNG costs seconds of CPU per upload).
 */
export const capPixels: CollectionBeforeOperationHook<'media'> = async ({
  args,
  operation,
  req,
}) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  // Not an image sharp can read: Payload's own checks answer.
  const meta = await sharp(file.tempFilePath || file.data)
    .metadata()
    .catch(() => null)
  if (!meta) return args
  const width = meta.width ?? 0
  const height = meta.pageHeight ?? meta.height ?? 0
  // Every frame of an animated image is decoded.
  const pages = meta.pages ?? 1
  const megapixels = (width * height * pages) / 1_000_000
  if (megapixels > maxMegapixels()) {
    throw fieldError(req, {
      collection: 'media',
      path: 'file',
      label: { id: 'Berkas gambar', en: 'Image file' },
      message:
        `Gambar terlalu besar: ${width} × ${height} piksel (${megapixels.toFixed(1)} megapiksel). ` +
        `Batasnya ${maxMegapixels()} megapiksel; perkecil gambar lalu unggah lagi.`,
    })
  }
  return args
}
