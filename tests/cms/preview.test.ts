import { parse } from 'node-html-parser'
import { describe, expect, inject, it } from 'vitest'

import { cmsUrl, login, rest } from '../helpers/http'
import { lexicalParagraph } from '../helpers/lexical'
import { read } from '../helpers/site'

const MARKER = `PRATINJAU-${Date.now()}`

/** Kota Semarang's race (its pair number 1 has a photo in the test guide) and that pair. */
const semarang = async () => {
  const region = (await rest('GET', '/regions?where[code][equals]=33.74&depth=0')).body.docs[0]
  const election = (await rest('GET', `/elections?where[region][equals]=${region.id}&depth=0`)).body
    .docs[0]
  const pair = (
    await rest(
      'GET',
      `/candidates?where[election][equals]=${election.id}&where[ballotNumber][equals]=1&depth=0`,
    )
  ).body.docs[0]
  return { region, election, pair }
}

/** A pair's article without what tells pairs apart (its ballot number); images as the guide has them. */
const comparable = (html: string) =>
  html
    .replaceAll('/api/media/file/', '/media/')
    .replace(/ id="paslon-[\w-]+"/, '')
    .replace(/<span class="num" aria-label="[^"]*">\d+<\/span>/, '<span class="num"></span>')

const preview = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`${cmsUrl()}/preview/${path}`, {
    ...init,
    headers: {
      ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
  })

describe('draft preview by the guide’s own pages', () => {
  it('should show a draft pair with the markup of the built guide’s pair article', async () => {
    const token = await login('kpu.kontributor')
    const { region, election, pair } = await semarang()
    // The draft is pair 1 under another ballot number: its article must be the built one's.
    const fields = ['election', 'headName', 'deputyName', 'photo', 'nomination', 'parties']
    const copy = Object.fromEntries(
      [...fields, 'vision', 'mission', 'status', 'source'].map((name) => [name, pair[name]]),
    )
    const saved = await rest('POST', '/candidates?draft=true', {
      token,
      body: { ...copy, ballotNumber: 9, _status: 'draft' },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    try {
      const response = await preview(`candidates/${saved.body.doc.id}`, { token })
      expect(response.status).toBe(200)
      const shown = parse(await response.text())
      const built = parse(read(`wilayah/${region.slug}/index.html`))
      const office = election.office
      const draftArticle = shown.querySelector(`#paslon-${office}-9`)
      const builtArticle = built.querySelector(`#paslon-${office}-1`)
      expect(builtArticle?.querySelector('img')).toBeTruthy()
      expect(comparable(draftArticle?.outerHTML ?? '')).toBe(comparable(builtArticle!.outerHTML))
      // Around it, the region's page as the guide shows it, with the published pairs.
      expect(comparable(shown.querySelector(`#paslon-${office}-1`)?.outerHTML ?? '')).toBe(
        comparable(builtArticle!.outerHTML),
      )
      expect(shown.querySelector('h1')?.text).toBe(built.querySelector('h1')?.text)
    } finally {
      await rest('DELETE', `/candidates/${saved.body.doc.id}`, { token: await login('kpu') })
    }
  })

  it('should render the unsaved edits that the live preview posts, for the editor only', async () => {
    const token = await login('kpu.kontributor')
    const saved = await rest('POST', '/guides?draft=true', {
      token,
      body: {
        _status: 'draft',
        title: 'Panduan pratinjau langsung',
        slug: `pratinjau-langsung-${Date.now()}`,
        summary: 'Ringkasan tersimpan',
        topic: 'general',
        authority: 'kpu',
        source: 'PKPU 17/2024 pasal 9',
        body: lexicalParagraph('Isi tersimpan'),
      },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    const id = saved.body.doc.id
    try {
      const edits = JSON.stringify({ summary: `Ringkasan belum disimpan ${MARKER}` })
      const editor = await preview(`guides/${id}`, { method: 'POST', body: edits, token })
      expect(editor.status).toBe(200)
      const html = await editor.text()
      expect(html).toContain(`<p><strong>Ringkasan belum disimpan ${MARKER}</strong></p>`)
      expect(html).toContain('<p>Isi tersimpan</p>')

      const anonymous = await preview(`guides/${id}`, { method: 'POST', body: edits })
      expect(anonymous.status).toBe(401)
      expect(await anonymous.text()).not.toContain(MARKER)
      const otherAuthority = await preview(`guides/${id}`, {
        method: 'POST',
        body: edits,
        token: await login('bawaslu'),
      })
      expect(otherAuthority.status).toBe(404)
      expect(await otherAuthority.text()).not.toContain(MARKER)
    } finally {
      await rest('DELETE', `/guides/${id}`, { token: await login('kpu') })
    }
  })

  it('should render nothing that reaches the guide’s preview route without the CMS’s secret', async () => {
    const body = JSON.stringify({
      collection: 'guides',
      locale: 'id',
      doc: { id: 1, title: `Sisipan ${MARKER}`, summary: MARKER, slug: 'sisipan' },
    })
    for (const secret of [undefined, 'tebakan']) {
      const response = await fetch(inject('previewUrl'), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secret ? { 'x-rebuild-secret': secret } : {}),
        },
        body,
      })
      expect(response.status).toBe(401)
      expect(await response.text()).not.toContain(MARKER)
    }
  })
})
