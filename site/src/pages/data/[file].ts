import type { APIRoute, GetStaticPaths } from 'astro'

import { loadModel } from '../../lib/content'
import { csvFile, jsonFile, openDataTables } from '../../lib/openData'

const DATASETS = ['regions', 'elections', 'candidates', 'stages']

export const getStaticPaths = (() =>
  DATASETS.flatMap((name) => [
    { params: { file: `${name}.json` } },
    { params: { file: `${name}.csv` } },
  ])) satisfies GetStaticPaths

/** /data/<dataset>.json and .csv, built from the same content as the pages. */
export const GET: APIRoute = async ({ params }) => {
  const [name, extension] = String(params.file).split('.') as [string, string]
  const tables = openDataTables(await loadModel('id'), await loadModel('en'))
  const rows = tables[name] ?? []
  return extension === 'json'
    ? new Response(jsonFile(name, rows), {
        headers: { 'content-type': 'application/json; charset=utf-8' },
      })
    : new Response(csvFile(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
}
