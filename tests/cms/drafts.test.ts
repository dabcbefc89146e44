import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cmsUrl, graphql, login, rest } from '../helpers/http'
import { lexicalParagraph } from '../helpers/lexical'

const MARKER = `DRAFT-MARKER-${Date.now()}`

const draftGuide = {
  _status: 'draft',
  title: `Panduan rahasia ${MARKER}`,
  slug: `draf-${Date.now()}`,
  summary: `Ringkasan ${MARKER}`,
  topic: 'general',
  authority: 'kpu',
  source: 'PKPU 17/2024 pasal 9',
  body: lexicalParagraph(MARKER),
}

describe('drafts', () => {
  let token: string
  let id: string

  beforeAll(async () => {
    token = await login('kpu.kontributor')
    const created = await rest('POST', '/guides?draft=true', { token, body: draftGuide })
    expect(created.status).toBe(201)
    id = created.body.doc.id
  })
  afterAll(async () => {
    // A clean-up that fails says so: the draft would stay in the database of later test files.
    const removed = await rest('DELETE', `/guides/${id}`, { token: await login('kpu') })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
  })

  it('should hide a draft guide from anonymous GraphQL, even when it asks for drafts', async () => {
    const { data } = await graphql(
      `query ($id: String!) {
      list: Guides(where: { slug: { equals: "${draftGuide.slug}" } }, draft: true) { docs { id title } }
      all: Guides(limit: 100, draft: true) { docs { title summary body } }
      one: Guide(id: $id, draft: true) { id title }
    }`,
      { variables: { id } },
    )
    expect(data?.list.docs).toEqual([])
    expect(JSON.stringify(data?.all)).not.toContain(MARKER)
    expect(data?.one ?? null).toBeNull()
  })

  it('should hide a draft guide from anonymous REST', async () => {
    const list = await rest(
      'GET',
      `/guides?draft=true&limit=100&where[slug][equals]=${draftGuide.slug}`,
    )
    expect(list.status).toBe(200)
    expect(list.body.docs).toEqual([])
    const one = await rest('GET', `/guides/${id}?draft=true`)
    expect(one.status).toBe(404)
    expect(JSON.stringify(one.body)).not.toContain(MARKER)
  })

  it('should show the draft to the admin who asks with draft: true', async () => {
    const { data, errors } = await graphql(
      `
        query ($id: String!) {
          Guide(id: $id, draft: true) {
            title
            _status
          }
        }
      `,
      { token, variables: { id } },
    )
    expect(errors).toBeUndefined()
    expect(data?.Guide).toEqual({ title: draftGuide.title, _status: 'draft' })
  })

  it('should keep serving the published version while a newer draft waits', async () => {
    const published = await rest('GET', '/guides?where[slug][equals]=jam-pemungutan-suara&depth=0')
    const guideId = published.body.docs[0].id
    const draft = await rest('PATCH', `/guides/${guideId}?draft=true`, {
      token,
      body: { summary: `Ubahan belum terbit ${MARKER}` },
    })
    expect(draft.status).toBe(200)
    try {
      const { data } = await graphql(`
        {
          Guides(where: { slug: { equals: "jam-pemungutan-suara" } }, draft: true) {
            docs {
              summary
            }
          }
        }
      `)
      expect(data?.Guides.docs[0].summary).toBe(
        'TPS melayani pemilih pukul 07.00–13.00 waktu setempat.',
      )
      const admin = await graphql(
        `
          query ($id: String!) {
            Guide(id: $id, draft: true) {
              summary
            }
          }
        `,
        {
          token,
          variables: { id: guideId },
        },
      )
      expect(admin.data?.Guide.summary).toContain(MARKER)
    } finally {
      // Publish the original text again, so that other tests see the seeded guide.
      await rest('PATCH', `/guides/${guideId}`, {
        token,
        body: {
          _status: 'published',
          summary: 'TPS melayani pemilih pukul 07.00–13.00 waktu setempat.',
        },
      })
    }
  })

  it('should preview the draft as the guide shows it, to a logged-in editor only', async () => {
    const preview = (auth?: string) =>
      fetch(`${cmsUrl()}/preview/guides/${id}`, {
        headers: auth ? { authorization: `JWT ${auth}` } : {},
      })
    const anonymous = await preview()
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).not.toContain(MARKER)
    const editor = await preview(token)
    expect(editor.status).toBe(200)
    expect(editor.headers.get('cache-control')).toBe('private, no-store')
    const html = await editor.text()
    expect(html).toContain(`<h1>${draftGuide.title}</h1>`)
    expect(html).toContain(`<p>${MARKER}</p>`)
    // Bawaslu's accounts do not read KPU's drafts, in the preview either.
    expect((await preview(await login('bawaslu'))).status).toBe(404)
  })

  it('should preview a draft whose source it cannot parse, showing the source as plain text', async () => {
    const source = 'Kompas https://[x'
    const saved = await rest('POST', '/guides?draft=true', {
      token,
      body: { ...draftGuide, slug: `draf-sumber-${Date.now()}`, source },
    })
    try {
      const preview = await fetch(`${cmsUrl()}/preview/guides/${saved.body.doc.id}`, {
        headers: { authorization: `JWT ${token}` },
      })
      expect(preview.status).toBe(200)
      // As the guide shows such a source (tests/site/build.test.ts): plain text, no link.
      const shown = parse(await preview.text()).querySelector('main p.source')
      expect(shown?.text.replace(/\s+/g, ' ').trim()).toBe(`Sumber: ${source}`)
      expect(shown?.querySelectorAll('a')).toHaveLength(0)
    } finally {
      await rest('DELETE', `/guides/${saved.body.doc.id}`, { token: await login('kpu') })
    }
  })

  it('should preview a draft pair, FAQ and fact-check as the guide shows them, to a logged-in editor only', async () => {
    const kpu = await login('kpu.kontributor')
    const bawaslu = await login('bawaslu.kontributor')
    const election = (
      await rest('GET', '/elections?where[title][equals]=Kabupaten Bogor — Bupati&depth=0')
    ).body.docs[0]
    const drafts = [
      {
        collection: 'candidates',
        token: kpu,
        other: bawaslu,
        data: {
          election: election.id,
          ballotNumber: 7,
          headName: `Calon uji ${MARKER}`,
          deputyName: 'Wakil uji',
          nomination: 'independent',
          status: 'confirmed',
          source: 'https://kpu.go.id/uji-pratinjau',
        },
        // On its region's page, as the guide shows its race.
        shows: ['<h1>Kabupaten Bogor</h1>', `Calon uji ${MARKER} – Wakil uji`, 'Perseorangan'],
      },
      {
        collection: 'faqs',
        token: kpu,
        other: bawaslu,
        data: {
          question: `Pertanyaan uji ${MARKER}?`,
          answer: lexicalParagraph(`Jawaban ${MARKER}`),
          topic: 'general',
          authority: 'kpu',
          source: 'PKPU 17/2024 pasal 9',
        },
        shows: ['<h1>Tanya jawab</h1>', `<p>Jawaban ${MARKER}</p>`],
      },
      {
        collection: 'fact-checks',
        token: bawaslu,
        other: kpu,
        data: {
          claim: `Klaim uji ${MARKER}`,
          verdict: 'misleading',
          explanation: lexicalParagraph(`Penjelasan ${MARKER}`),
          sources: 'https://bawaslu.go.id/uji-pratinjau',
          authority: 'bawaslu',
          date: '2024-11-20T05:00:00.000Z',
        },
        shows: ['<h1>Cek fakta</h1>', `Klaim uji ${MARKER}`, 'Menyesatkan', 'bawaslu.go.id'],
      },
    ]
    const created: { collection: string; id: string }[] = []
    try {
      for (const draft of drafts) {
        const saved = await rest('POST', `/${draft.collection}?draft=true`, {
          token: draft.token,
          body: { ...draft.data, _status: 'draft' },
        })
        expect(saved.status, JSON.stringify(saved.body)).toBe(201)
        created.push({ collection: draft.collection, id: saved.body.doc.id })
        const url = `${cmsUrl()}/preview/${draft.collection}/${saved.body.doc.id}`
        const preview = (auth?: string) =>
          fetch(url, { headers: auth ? { authorization: `JWT ${auth}` } : {} })
        const anonymous = await preview()
        expect(anonymous.status).toBe(401)
        expect(await anonymous.text()).not.toContain(MARKER)
        const editor = await preview(draft.token)
        expect(editor.status).toBe(200)
        expect(editor.headers.get('cache-control')).toBe('private, no-store')
        const html = await editor.text()
        for (const text of draft.shows) expect(html).toContain(text)
        // The other authority does not read this draft, in the preview either.
        expect((await preview(draft.other)).status).toBe(404)
      }
    } finally {
      for (const { collection, id } of created) {
        const owner = collection === 'fact-checks' ? 'bawaslu' : 'kpu'
        await rest('DELETE', `/${collection}/${id}`, { token: await login(owner) })
      }
    }
  })
})
