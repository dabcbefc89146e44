import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { buildSiteAsync } from '../../scripts/lib.mjs'
import { login, rest } from '../helpers/http'
import { startIsolatedCms } from '../helpers/isolatedCms'
import { uploadPhoto } from '../helpers/media'

type BuildStats = { full: boolean; pagesRendered: number; pagesReused: number }

/** Every file of a built guide by its path, except build.json (which says when it was built). */
const files = (root: string) => {
  const found = new Map<string, Buffer>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry)
      if (statSync(full).isDirectory()) walk(full)
      else if (full !== path.join(root, 'build.json'))
        found.set(path.relative(root, full), readFileSync(full))
    }
  }
  walk(root)
  return found
}

/** The files that are not byte for byte the same in two builds (missing on one side included). */
const differences = (a: string, b: string) => {
  const left = files(a)
  const right = files(b)
  const names = new Set([...left.keys(), ...right.keys()])
  return [...names].filter((name) => !left.get(name)?.equals(right.get(name) ?? Buffer.alloc(0)))
}

/**
 * Incremental builds: after a published change, the guide is rebuilt reusing the pages whose
 * data did not change (Astro's incremental build, with cache keys from site/src/lib/pageViews.ts),
 * and the result is the same, file for file, as a full build from scratch of the same content.
 */
// Each test makes two builds of the whole guide (incremental, then full from scratch).
describe('incremental builds', { timeout: 180_000 }, () => {
  let cms: Awaited<ReturnType<typeof startIsolatedCms>>
  const work = path.join(inject('workDir'), `incremental-${randomUUID()}`)
  // One build day for every build: the footer shows it, and it is part of every page's key.
  const BUILD_DATE = '2024-10-15T03:00:00.000Z'
  let step = 0

  const as = (account: 'kpu' | 'kpu.kontributor' | 'admin') => login(account, cms.url)
  const build = async (dist: string, builds: string, full = false) => {
    const result = await buildSiteAsync({
      cmsUrl: cms.url,
      env: {
        SITE_DIST: dist,
        SITE_BUILDS_DIR: builds,
        BUILD_DATE,
        ...(full ? { SITE_FULL_BUILD: '1' } : {}),
      },
    })
    if (!result.ok) throw new Error(`build failed:\n${result.output}`)
    return JSON.parse(readFileSync(path.join(dist, 'build.json'), 'utf8')) as BuildStats
  }
  /** The incremental build that the runner makes: always the same builds folder and cache. */
  const incremental = () => build(path.join(work, 'dist'), path.join(work, 'builds'))
  /** A full build from scratch, with no cache, into folders of its own. */
  const fromScratch = () => {
    step += 1
    return build(path.join(work, `full-${step}`), path.join(work, `full-builds-${step}`), true)
  }
  const builtPage = (urlPath: string) =>
    readFileSync(path.join(realpathSync(path.join(work, 'dist')), urlPath, 'index.html'), 'utf8')
  const sameAsFullBuild = async () => {
    await fromScratch()
    return differences(
      realpathSync(path.join(work, 'dist')),
      realpathSync(path.join(work, `full-${step}`)),
    )
  }

  /** A contributor submits the change for review, the publisher publishes it. */
  const publish = async (collection: string, id: string, data: Record<string, unknown>) => {
    const draft = await rest('PATCH', `/${collection}/${id}?draft=true`, {
      token: await as('kpu.kontributor'),
      body: { ...data, reviewState: 'submitted' },
      base: cms.url,
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    const published = await rest('PATCH', `/${collection}/${id}`, {
      token: await as('kpu'),
      body: { _status: 'published' },
      base: cms.url,
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
  }
  const unpublish = async (collection: string, id: string) => {
    const response = await rest('PATCH', `/${collection}/${id}`, {
      token: await as('kpu'),
      body: { _status: 'draft' },
      base: cms.url,
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  }
  const pair = async (headName: string) =>
    String(
      (
        await cms.local.find({
          collection: 'candidates',
          where: { headName: { equals: headName } },
        })
      ).docs[0]!.id,
    )
  const region = async (name: string) =>
    String(
      (await cms.local.find({ collection: 'regions', where: { name: { equals: name } } })).docs[0]!
        .id,
    )
  const guide = async (slug: string) =>
    String(
      (await cms.local.find({ collection: 'guides', where: { slug: { equals: slug } } })).docs[0]!
        .id,
    )

  let keyedPages = 0
  let photo = ''

  beforeAll(async () => {
    cms = await startIsolatedCms()
    const first = await incremental()
    expect(first.full).toBe(true)
    expect(first.pagesReused).toBe(0)
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('should reuse every region and guide page when nothing changed, and equal a full build', async () => {
    const again = await incremental()
    expect(again.full).toBe(false)
    // 552 regions and the published guides, in two languages.
    keyedPages = again.pagesReused
    expect(keyedPages).toBeGreaterThanOrEqual(552 * 2 + 2)
    // What is left to render: home, lists, search, open data, calendar, 404 (no cache key).
    expect(again.pagesRendered).toBeLessThan(40)
    // The full build to compare with is the first one, made from scratch (no cache) of this same
    // content, and kept beside the served build.
    // A build is a folder of the builds folder; the guide is its `client` folder.
    const served = realpathSync(path.join(work, 'dist'))
    const [first] = readdirSync(path.join(work, 'builds'))
      .map((name) => path.join(work, 'builds', name, 'client'))
      .filter((dir) => dir !== served && existsSync(dir))
    expect(first).toBeDefined()
    expect(differences(served, first!)).toEqual([])
  })

  it('should re-render only the pages that a pair, a race count, a region name, a photo and a guide change, and equal a full build', async () => {
    // A pair's name (Kota Bandung), a governor race that loses a pair (Bali: count and the empty
    // box change on 10 regions), a regency renamed (its page and its province's list), a photo
    // attached (Kota Semarang) and a guide's summary.
    await publish('candidates', await pair('M. FARHAN'), {
      headName: 'M. FARHAN (uji inkremental)',
    })
    await unpublish('candidates', await pair('Dr. Ir. WAYAN KOSTER, M.M.'))
    const renamed = await rest('PATCH', `/regions/${await region('Kabupaten Kudus')}`, {
      token: await as('admin'),
      body: { name: 'Kabupaten Kudus (uji inkremental)' },
      base: cms.url,
    })
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    photo = await uploadPhoto({
      base: cms.url,
      token: await as('kpu.kontributor'),
      name: 'uji-inkremental.png',
      alt: 'Foto uji inkremental',
      color: '#1c4f8a',
    })
    await publish('candidates', await pair('Dr. AGUSTINA WILUJENG PRAMESTUTI, S.S., M.M.'), {
      photo,
    })
    await publish('guides', await guide('cara-memilih'), {
      summary: 'Ringkasan uji inkremental: datang ke TPS, tunjukkan undangan dan KTP-el.',
    })

    const stats = await incremental()
    expect(stats.full).toBe(false)
    expect(builtPage('/wilayah/kota-bandung/')).toContain('M. FARHAN (uji inkremental)')
    expect(builtPage('/wilayah/kabupaten-badung/')).not.toContain('KOSTER')
    expect(builtPage('/wilayah/kabupaten-badung/')).toContain('Calon tunggal')
    expect(builtPage('/wilayah/jawa-tengah/')).toContain('Kabupaten Kudus (uji inkremental)')
    expect(builtPage('/wilayah/kota-semarang/')).toContain('Foto uji inkremental')
    expect(builtPage('/panduan/cara-memilih/')).toContain('Ringkasan uji inkremental')
    // Re-rendered: Bandung, Bali and its 9 regencies, Kudus and Jawa Tengah, Semarang, the guide,
    // in two languages, and the pages without a key; all other region pages are reused.
    expect(stats.pagesReused).toBeGreaterThanOrEqual(keyedPages - 2 * 16)
    expect(stats.pagesReused).toBeLessThan(keyedPages)
    expect(await sameAsFullBuild()).toEqual([])
  })

  it('should follow changes that leave the page’s own document as it was: a photo’s text, an unpublished guide that pages link to', async () => {
    // Only the media document changes, not the pair that shows it (a live image: a publisher's act).
    const alt = await rest('PATCH', `/media/${photo}`, {
      token: await as('kpu'),
      body: { alt: 'Foto uji inkremental, teks diubah' },
      base: cms.url,
    })
    expect(alt.status, JSON.stringify(alt.body)).toBe(200)
    // Pages of single-pair races link to the empty-box guide only while it is published.
    expect(builtPage('/wilayah/kota-surabaya/')).toContain('/panduan/kotak-kosong/')
    await unpublish('guides', await guide('kotak-kosong'))

    const stats = await incremental()
    expect(stats.full).toBe(false)
    expect(builtPage('/wilayah/kota-semarang/')).toContain('Foto uji inkremental, teks diubah')
    expect(builtPage('/wilayah/kota-surabaya/')).not.toContain('/panduan/kotak-kosong/')
    expect(stats.pagesReused).toBeGreaterThan(0)
    expect(await sameAsFullBuild()).toEqual([])
  })

  it('should re-render every page when the notice shown on every page changes, and equal a full build', async () => {
    const notice = 'Pemberitahuan uji inkremental: jam layanan diperpanjang.'
    const draft = await rest('POST', '/globals/site-settings?draft=true', {
      token: await as('kpu.kontributor'),
      body: {
        notice: { active: true, level: 'info', message: notice, source: 'Uji' },
        reviewState: 'submitted',
      },
      base: cms.url,
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    const published = await rest('POST', '/globals/site-settings', {
      token: await as('kpu'),
      body: { _status: 'published' },
      base: cms.url,
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)

    const stats = await incremental()
    expect(stats.pagesReused).toBe(0)
    expect(builtPage('/wilayah/kabupaten-aceh-barat/')).toContain(notice)
    expect(await sameAsFullBuild()).toEqual([])
  })
})
