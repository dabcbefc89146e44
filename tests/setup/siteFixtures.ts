import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { buildSite } from '../../scripts/lib.mjs'
import { lexicalParagraph, lexicalRoot, lexicalText } from '../helpers/lexical'
import { uploadPhoto } from '../helpers/media'

/** Markers that the site tests look for in the built files. */
export const SITE_FIXTURES = {
  draftMarker: `DRAF-RAHASIA-${Date.now()}`,
  hostileSlug: 'uji-konten-berbahaya',
  /** A fixed build day inside the campaign, so that "the stage under way" is known. */
  buildDate: '2024-10-15T03:00:00.000Z',
  photoAlt: 'Foto uji pasangan calon nomor 1 Kota Semarang',
  /** A source that validation now refuses, stored before it did: the guide must still build. */
  unparsableSource: 'Kompas https://[x',
}

/**
 * Writes a guide's source straight into the CMS's database, past validation, as old content may
 * hold it: an SQL update on the embedded file, an update of the document on MongoDB.
 */
const storeUnvalidatedSource = async (databaseUri: string, id: string, source: string) => {
  if (databaseUri.startsWith('mongodb')) {
    const { MongoClient, ObjectId } = await import('mongodb')
    const client = await MongoClient.connect(databaseUri)
    try {
      await client
        .db()
        .collection('guides')
        .updateOne({ _id: new ObjectId(id) }, { $set: { source } })
    } finally {
      await client.close()
    }
    return
  }
  const db = new DatabaseSync(databaseUri.replace(/^file:/, ''))
  try {
    db.exec('PRAGMA busy_timeout = 10000')
    db.prepare('UPDATE guides SET source = ? WHERE id = ?').run(source, id)
  } finally {
    db.close()
  }
}

const hostileBody = () =>
  lexicalRoot([
    [lexicalText('Teks biasa <script>window.__pwned = 1</script> sebelum gambar.')],
    [lexicalText('<img src=x onerror="window.__pwned = 2">')],
    [
      {
        type: 'link',
        version: 3,
        format: '',
        indent: 0,
        direction: 'ltr',
        fields: { url: 'javascript:window.__pwned=3', newTab: false, linkType: 'custom' },
        children: [lexicalText('tautan berbahaya')],
      },
    ],
  ])

const request = async (
  cmsUrl: string,
  method: string,
  pathname: string,
  token: string,
  body: unknown,
) => {
  const response = await fetch(`${cmsUrl}/api${pathname}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  if (!response.ok)
    throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`)
  return response.json()
}

/**
 * Uploads a generated picture and makes it the photo of Kota Semarang's pair number 1: the KPU
 * contributor uploads and saves the draft, the KPU publisher publishes it.
 */
const attachPhoto = async (cmsUrl: string, token: string, publisherToken: string) => {
  const photo = await uploadPhoto({
    base: cmsUrl,
    token,
    name: 'paslon-semarang-1.png',
    alt: SITE_FIXTURES.photoAlt,
    color: '#8a1c1c',
  })
  const found = await fetch(`${cmsUrl}/api/regions?where[code][equals]=33.74&depth=0`)
  const semarang = ((await found.json()) as { docs: { id: string }[] }).docs[0]!
  const elections = await fetch(
    `${cmsUrl}/api/elections?where[region][equals]=${semarang.id}&depth=0`,
  )
  const election = ((await elections.json()) as { docs: { id: string }[] }).docs[0]!
  const pairs = await fetch(
    `${cmsUrl}/api/candidates?where[election][equals]=${election.id}&where[ballotNumber][equals]=1&depth=0`,
  )
  const pair = ((await pairs.json()) as { docs: { id: string }[] }).docs[0]!
  await request(cmsUrl, 'PATCH', `/candidates/${pair.id}?draft=true`, token, {
    photo,
    reviewState: 'submitted',
  })
  await request(cmsUrl, 'PATCH', `/candidates/${pair.id}`, publisherToken, { _status: 'published' })
}

/**
 * Adds what the site tests need to the CMS (a draft guide with a marker, a published guide with
 * hostile rich text), then builds the guide from it into `workDir/dist`, as `npm start` does.
 */
export const buildTestSite = async (
  cmsUrl: string,
  workDir: string,
  password: string,
  databaseUri: string,
) => {
  const login = async (email: string) => {
    const response = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    return ((await response.json()) as { token: string }).token
  }
  const token = await login('kpu.kontributor@pilkada.test')
  const publisher = await login('kpu@pilkada.test')
  const common = { topic: 'general', authority: 'kpu', source: 'PKPU 17/2024 pasal 9' }
  await request(cmsUrl, 'POST', '/guides?draft=true', token, {
    ...common,
    _status: 'draft',
    title: `Draf ${SITE_FIXTURES.draftMarker}`,
    slug: 'draf-penanda',
    summary: SITE_FIXTURES.draftMarker,
    body: lexicalParagraph(SITE_FIXTURES.draftMarker),
  })
  const hostile = await request(cmsUrl, 'POST', '/guides?draft=true', token, {
    ...common,
    _status: 'draft',
    title: 'Uji konten berbahaya',
    slug: SITE_FIXTURES.hostileSlug,
    summary: 'Konten dengan skrip yang harus tampil sebagai teks.',
    body: hostileBody(),
    reviewState: 'submitted',
  })
  await request(cmsUrl, 'PATCH', `/guides/${hostile.doc.id}`, publisher, { _status: 'published' })
  await storeUnvalidatedSource(databaseUri, hostile.doc.id, SITE_FIXTURES.unparsableSource)
  await attachPhoto(cmsUrl, token, publisher)
  const dist = path.join(workDir, 'dist')
  const result = buildSite({
    cmsUrl,
    capture: true,
    env: {
      SITE_DIST: dist,
      SITE_BUILDS_DIR: path.join(workDir, 'builds'),
      BUILD_DATE: SITE_FIXTURES.buildDate,
    },
  })
  if (!result.ok) throw new Error(`The test site did not build:\n${result.output}`)
  return dist
}
