import type { APIRoute } from 'astro'

import { loadModel } from '../lib/content'
import { regionSearchIndex } from '../lib/regionSearch'

/** The region search's index (lib/regionSearch.ts), fetched by the search box on first use. */
export const GET: APIRoute = async () => {
  const model = await loadModel('id')
  const regions = [...model.regions].sort((a, b) => a.code.localeCompare(b.code))
  return new Response(JSON.stringify(regionSearchIndex(regions)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}
