import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asEditor, submitBandungPair } from '../helpers/fixtures'
import { lexicalParagraph } from '../helpers/lexical'
import { bootPayload } from '../helpers/payload'

const QUEUE = 'Menunggu tinjauan saya'

/**
 * The saved filter "Menunggu tinjauan saya" in the lists of pairs and guides: the seed shares
 * it with each authority's publishers, and it holds what waits for their review. Read with the
 * editors' own access (Local API, `overrideAccess: false`).
 */
describe('the saved filter of what waits for review', () => {
  let local: Payload

  beforeAll(async () => {
    local = await bootPayload()
  })
  afterAll(async () => {
    await local?.destroy()
  })

  const queueOf = async (
    account: 'bawaslu' | 'kpu' | 'kpu.jabar' | 'kpu.kontributor',
    list: string,
  ) => {
    const { docs } = await local.find({
      collection: 'payload-query-presets',
      where: {
        and: [{ title: { equals: QUEUE } }, { relatedCollection: { equals: list } }],
      },
      overrideAccess: false,
      user: await asEditor(local, account),
    })
    return docs
  }

  it.each(['candidates', 'guides'])(
    'should offer a KPU publisher one "Menunggu tinjauan saya" in the list of %s',
    async (list) => {
      expect(await queueOf('kpu', list)).toHaveLength(1)
    },
  )

  it('should offer it to a regional publisher too, whose list holds only its regions', async () => {
    expect(await queueOf('kpu.jabar', 'candidates')).toHaveLength(1)
  })

  it('should not offer it to a contributor, who reviews nothing', async () => {
    expect(await queueOf('kpu.kontributor', 'candidates')).toEqual([])
  })

  it("should hold a Bawaslu publisher's guides that wait for review, not KPU's", async () => {
    const submitGuide = async (account: 'bawaslu.kontributor' | 'kpu.kontributor', n: number) =>
      local.create({
        collection: 'guides',
        draft: true,
        data: {
          title: `Panduan antrean ${n}`,
          slug: `panduan-antrean-${n}-${Date.now()}`,
          summary: 'Ringkasan panduan yang menunggu tinjauan.',
          body: lexicalParagraph('Isi panduan yang menunggu tinjauan.'),
          topic: 'general',
          authority: account === 'kpu.kontributor' ? 'kpu' : 'bawaslu',
          source: 'https://www.bawaslu.go.id/id/berita/contoh-sumber',
          reviewState: 'submitted',
        } as never,
        overrideAccess: false,
        user: await asEditor(local, account),
      })
    const kpuGuide = await submitGuide('kpu.kontributor', 1)
    const bawasluGuide = await submitGuide('bawaslu.kontributor', 2)
    try {
      const [queue] = await queueOf('bawaslu', 'guides')
      const { docs } = await local.find({
        collection: 'guides',
        draft: true,
        where: queue!.where as Where,
        pagination: false,
        overrideAccess: false,
        user: await asEditor(local, 'bawaslu'),
      })
      const ids = docs.map((doc) => doc.id)
      expect([ids.includes(bawasluGuide.id), ids.includes(kpuGuide.id)]).toEqual([true, false])
    } finally {
      await local.delete({
        collection: 'guides',
        where: { id: { in: [kpuGuide.id, bawasluGuide.id] } },
      })
    }
  })

  it('should show the publisher a pair once it is submitted for review, and only what was submitted', async () => {
    const pair = await submitBandungPair(local, 'Calon Antrean', 83)
    try {
      const [queue] = await queueOf('kpu.jabar', 'candidates')
      const { docs } = await local.find({
        collection: 'candidates',
        draft: true,
        where: queue!.where as Where,
        pagination: false,
        overrideAccess: false,
        user: await asEditor(local, 'kpu.jabar'),
      })
      expect(docs.map((doc) => doc.id)).toContain(pair.id)
      expect(docs.every((doc) => doc.reviewState === 'submitted')).toBe(true)
    } finally {
      await local.delete({ collection: 'candidates', id: pair.id })
    }
  })
})
