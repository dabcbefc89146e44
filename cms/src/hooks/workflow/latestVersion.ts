import type { CollectionSlug, PayloadRequest } from 'payload'

/** The newest version of a record (drafts included), in the request's locale. */
export const latestVersion = async (
  req: PayloadRequest,
  slug: CollectionSlug,
  id: number | string,
) => {
  const { docs } = await req.payload.findVersions({
    collection: slug,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    locale: req.locale ?? undefined,
    overrideAccess: true,
    req,
  })
  return docs[0]
}
