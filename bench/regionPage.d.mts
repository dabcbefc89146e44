export const REGION_PAGE_QUERY: string
export const REGION_PAGE_LOCAL: {
  collection: 'regions'
  where: { slug: { equals: string } }
  limit: number
  depth: number
  overrideAccess: false
}
