import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { cmsUrl, createPublished, graphql, login, rest } from '../helpers/http'
import { blankPng, uploadPhoto } from '../helpers/media'
import { SITE_FIXTURES } from '../setup/siteFixtures'

/**
 * Images: anonymous readers see only what published content shows; a live image changes only
 * by a publisher's hand, and that is audited; uploads have a pixel cap.
 */
describe('media', () => {
  let race: string
  const pairs: string[] = []
  const images: string[] = []
  let n = 0

  const upload = async (alt: string) => {
    const id = await uploadPhoto({
      base: cmsUrl(),
      token: await login('kpu.kontributor'),
      name: `uji-media-${Date.now()}-${++n}.png`,
      alt,
      color: '#1c5a8a',
    })
    images.push(id)
    return id
  }
  const pairData = (photo: string) => ({
    _status: 'draft',
    election: race,
    ballotNumber: 16 + (++n % 4),
    headName: `Calon Uji Media ${n}`,
    deputyName: 'Wakil Uji Media',
    nomination: 'independent',
    status: 'confirmed',
    source: 'https://example.org/uji-media',
    photo,
  })
  /** An image that a published pair shows, uploaded by the KPU contributor. */
  const liveImage = async () => {
    const photo = await upload(`Foto terbit ${Date.now()}`)
    pairs.push(String((await createPublished('candidates', pairData(photo))).id))
    return photo
  }
  const mediaDoc = async (id: string) =>
    rest('GET', `/media/${id}?depth=0`, { token: await login('admin') })
  const auditOf = async (action: string, id: string) =>
    (
      await rest(
        'GET',
        `/audit-log?where[action][equals]=${action}&where[targetId][equals]=${id}&depth=0`,
        { token: await login('admin') },
      )
    ).body.docs.map((d: Record<string, unknown>) => d.actorEmail)

  beforeAll(async () => {
    const region = await rest('GET', '/regions?where[code][equals]=32.73&depth=0')
    const elections = await rest(
      'GET',
      `/elections?where[region][equals]=${region.body.docs[0].id}&depth=0`,
    )
    race = elections.body.docs[0].id
  })
  afterEach(async () => {
    const publisher = await login('kpu')
    for (const id of pairs.splice(0))
      await rest('DELETE', `/candidates/${id}`, { token: publisher })
    for (const id of images.splice(0)) await rest('DELETE', `/media/${id}`, { token: publisher })
  })

  it("should hide a draft pair's photo and its alt text from anonymous readers over REST", async () => {
    const alt = `Foto draf pasangan ${Date.now()}`
    const photo = await upload(alt)
    const draft = await rest('POST', '/candidates?draft=true', {
      token: await login('kpu.kontributor'),
      body: pairData(photo),
    })
    expect(draft.status).toBe(201)
    pairs.push(draft.body.doc.id)
    const { filename } = (await mediaDoc(photo)).body
    const list = await rest('GET', `/media?where[alt][equals]=${encodeURIComponent(alt)}`)
    const one = await rest('GET', `/media/${photo}`)
    const file = await rest('GET', `/media/file/${filename}`)
    expect([list.body.docs, one.status, file.status]).toEqual([[], 404, 403])
  })

  it("should hide a draft pair's photo and its alt text from anonymous readers over GraphQL", async () => {
    const alt = `Foto draf GraphQL ${Date.now()}`
    const photo = await upload(alt)
    const { data } = await graphql(
      'query ($alt: String!, $id: String!) { allMedia(where: { alt: { equals: $alt } }) { docs { id alt } } one: Media(id: $id) { alt } }',
      { variables: { alt, id: photo } },
    )
    expect([data?.allMedia?.docs, data?.one ?? null]).toEqual([[], null])
  })

  it('should show anonymous readers the photo of a published pair', async () => {
    const { data } = await graphql(
      'query ($alt: String!) { allMedia(where: { alt: { equals: $alt } }) { docs { alt } } }',
      { variables: { alt: SITE_FIXTURES.photoAlt } },
    )
    expect(data?.allMedia?.docs).toEqual([{ alt: SITE_FIXTURES.photoAlt }])
  })

  it('should let a contributor change their own image that no published content shows', async () => {
    const photo = await upload('Foto belum terbit')
    const changed = await rest('PATCH', `/media/${photo}`, {
      token: await login('kpu.kontributor'),
      body: { alt: 'Foto belum terbit, diperbaiki' },
    })
    expect(changed.status).toBe(200)
    expect((await mediaDoc(photo)).body.alt).toBe('Foto belum terbit, diperbaiki')
  })

  it('should refuse a contributor who changes an image that published content shows', async () => {
    const photo = await liveImage()
    const before = (await mediaDoc(photo)).body.alt
    const changed = await rest('PATCH', `/media/${photo}`, {
      token: await login('kpu.kontributor'),
      body: { alt: 'Diganti tanpa tinjauan' },
    })
    expect(changed.status).toBe(403)
    expect((await mediaDoc(photo)).body.alt).toBe(before)
  })

  it('should refuse a contributor who deletes an image that published content shows', async () => {
    const photo = await liveImage()
    const deleted = await rest('DELETE', `/media/${photo}`, {
      token: await login('kpu.kontributor'),
    })
    expect(deleted.status).toBe(403)
    expect((await mediaDoc(photo)).status).toBe(200)
  })

  it("should audit a publisher's change to an image that published content shows", async () => {
    const photo = await liveImage()
    const changed = await rest('PATCH', `/media/${photo}`, {
      token: await login('kpu'),
      body: { alt: 'Diperbaiki penerbit' },
    })
    expect(changed.status).toBe(200)
    expect(await auditOf('media_update', photo)).toEqual(['kpu@pilkada.test'])
  })

  it("should audit a publisher's deletion of an image that published content shows", async () => {
    const photo = await liveImage()
    const deleted = await rest('DELETE', `/media/${photo}`, { token: await login('kpu') })
    expect(deleted.status).toBe(200)
    expect(await auditOf('media_delete', photo)).toEqual(['kpu@pilkada.test'])
  })

  it('should refuse an image over the pixel cap with a message in Indonesian', async () => {
    const alt = `Gambar raksasa ${Date.now()}`
    const form = new FormData()
    const png = blankPng(8000, 8000)
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'raksasa.png')
    form.append('_payload', JSON.stringify({ alt }))
    const answer = await rest('POST', '/media', {
      token: await login('kpu.kontributor'),
      body: form,
    })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.errors[0].message).toBe(
      'Gambar terlalu besar: 8000 × 8000 piksel (64.0 megapiksel). Batasnya 40 megapiksel; ' +
        'perkecil gambar lalu unggah lagi.',
    )
    const stored = await rest('GET', `/media?where[alt][equals]=${encodeURIComponent(alt)}`, {
      token: await login('admin'),
    })
    expect(stored.body.docs).toEqual([])
  })
})
