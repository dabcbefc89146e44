import type { Server } from 'node:http'
import { readdirSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { buildSiteAsync } from '../../scripts/lib.mjs'
import {
  createRunner,
  serveRunner,
  statusReporter,
  type Runner,
} from '../../scripts/siteRunner.mjs'
import { serveSite } from '../../scripts/siteServer.mjs'
import { dataRows } from '../helpers/data'
import { login, rest } from '../helpers/http'
import { startIsolatedCms } from '../helpers/isolatedCms'

/**
 * Publish to live, end to end: a CMS that signals a runner, the runner that rebuilds the guide
 * into a new folder and switches to it, and a server that serves the guide meanwhile.
 */
describe('publish to live', () => {
  let cms: Awaited<ReturnType<typeof startIsolatedCms>>
  let runner: Runner
  let builds = 0
  const servers: Server[] = []
  let site: string
  const secret = randomUUID()
  const work = path.join(inject('workDir'), `live-${randomUUID()}`)
  const dist = path.join(work, 'dist')

  const as = (account: 'kpu' | 'kpu.kontributor' | 'admin') => login(account, cms.url)
  const page = async (urlPath: string) => {
    const response = await fetch(`${site}${urlPath}`)
    return { status: response.status, text: await response.text() }
  }
  const waitFor = async (check: () => Promise<boolean>, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs
    while (!(await check())) {
      if (Date.now() > deadline) return false
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    return true
  }
  /** A KPU contributor writes and submits, the KPU publisher publishes: the two-person workflow. */
  const publishGuideChange = async (id: string, data: Record<string, unknown>) => {
    const draft = await rest('PATCH', `/guides/${id}?draft=true`, {
      token: await as('kpu.kontributor'),
      body: { ...data, reviewState: 'submitted' },
      base: cms.url,
    })
    expect(draft.status).toBe(200)
    const published = await rest('PATCH', `/guides/${id}`, {
      token: await as('kpu'),
      body: { _status: 'published' },
      base: cms.url,
    })
    expect(published.status).toBe(200)
  }

  beforeAll(async () => {
    const runnerPort = 6100 + Math.floor(Math.random() * 800)
    cms = await startIsolatedCms({
      SITE_REBUILD_URL: `http://127.0.0.1:${runnerPort}/rebuild`,
      SITE_REBUILD_SECRET: secret,
    })
    runner = createRunner({
      build: async () => {
        builds += 1
        return buildSiteAsync({
          cmsUrl: cms.url,
          env: { SITE_DIST: dist, SITE_BUILDS_DIR: path.join(work, 'builds') },
        })
      },
      onStatus: statusReporter({ cmsUrl: cms.url, secret, retryMs: 500 }),
    })
    servers.push(await serveRunner({ runner, port: runnerPort, secret }))
    const sitePort = runnerPort + 1000
    servers.push(await serveSite({ getRoot: () => dist, port: sitePort, host: '127.0.0.1' }))
    site = `http://127.0.0.1:${sitePort}`
    runner.signal('first build')
    await runner.settled()
    expect(runner.status().status).toBe('success')
  })
  afterAll(async () => {
    for (const server of servers) server.close()
    await cms?.stop()
  })

  const guide = async (slug: string) =>
    String(
      (await cms.local.find({ collection: 'guides', where: { slug: { equals: slug } } })).docs[0]!
        .id,
    )

  it('should say, when built after voting day, that voting is over, where results are, and which races voted again', async () => {
    const bandung = (await page('/wilayah/kota-bandung/')).text
    expect(bandung).toContain('Pemungutan suara digelar pada Rabu, 27 November 2024.')
    expect(bandung).toContain(
      'Pemungutan suara Pilkada 2024 sudah selesai pada Rabu, 27 November 2024.',
    )
    expect(bandung).toContain('href="https://pilkada2024.kpu.go.id/"')
    const votedAgain = new Set(
      dataRows('revotes_2025.csv')
        .filter((row) => row.event === 'revote' || row.event === 'rerun')
        .map((row) => `${row.region_code}/${row.office}`),
    )
    expect((await page('/')).text).toContain(
      `${votedAgain.size} pemilihan digelar ulang sebagian atau seluruhnya pada 2025`,
    )
  })

  it('should show a published change on the served page by itself', async () => {
    const text = `Jam pemungutan suara diperpanjang di TPS uji ${Date.now()}.`
    await publishGuideChange(await guide('jam-pemungutan-suara'), { summary: text })
    expect(
      await waitFor(async () => (await page('/panduan/jam-pemungutan-suara/')).text.includes(text)),
    ).toBe(true)
  })

  it('should not rebuild for a draft, and the draft never reaches the site', async () => {
    await runner.settled()
    const before = builds
    const marker = `DRAF-LIVE-${Date.now()}`
    const id = await guide('cara-memilih')
    const draft = await rest('PATCH', `/guides/${id}?draft=true`, {
      token: await as('kpu.kontributor'),
      body: { summary: marker },
      base: cms.url,
    })
    expect(draft.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await runner.settled()
    expect(builds).toBe(before)
    expect((await page('/panduan/cara-memilih/')).text).not.toContain(marker)
  })

  it('should take an unpublished guide off the site and out of the search index', async () => {
    const id = await guide('pemilih-pindahan-dptb')
    expect((await page('/panduan/pemilih-pindahan-dptb/')).status).toBe(200)
    const unpublished = await rest('PATCH', `/guides/${id}`, {
      token: await as('kpu'),
      body: { _status: 'draft' },
      base: cms.url,
    })
    expect(unpublished.status).toBe(200)
    expect(
      await waitFor(async () => (await page('/panduan/pemilih-pindahan-dptb/')).status === 404),
    ).toBe(true)
    expect((await page('/panduan/')).text).not.toContain('Pemilih pindahan (DPTb)')
    const fragments = path.join(realpathSync(dist), 'pagefind', 'fragment')
    const indexed = readdirSync(fragments).map((file) =>
      gunzipSync(readFileSync(path.join(fragments, file))).toString(),
    )
    expect(indexed.length).toBeGreaterThan(1000)
    const urls = indexed.map((text) => text.match(/"url":"([^"]+)"/)?.[1])
    expect(urls).toContain('/panduan/cara-memilih/')
    expect(urls).not.toContain('/panduan/pemilih-pindahan-dptb/')
  })

  it('should take an unpublished candidate pair out of the region page and the open data', async () => {
    const pair = (
      await cms.local.find({
        collection: 'candidates',
        where: { headName: { equals: 'ERI CAHYADI, S.T., M.T.' } },
      })
    ).docs[0]!
    expect((await page('/data/candidates.json')).text).toContain('ERI CAHYADI, S.T., M.T.')
    const unpublished = await rest('PATCH', `/candidates/${pair.id}`, {
      token: await as('kpu'),
      body: { _status: 'draft' },
      base: cms.url,
    })
    expect(unpublished.status).toBe(200)
    expect(
      await waitFor(
        async () => !(await page('/data/candidates.json')).text.includes('ERI CAHYADI, S.T., M.T.'),
      ),
    ).toBe(true)
    const surabaya = await page('/wilayah/kota-surabaya/')
    expect(surabaya.text).not.toContain('ERI CAHYADI, S.T., M.T.')
    expect(surabaya.text).toContain('belum dipublikasikan di panduan ini')
  })

  // Forty writes through the editorial workflow, then up to five builds of the whole guide.
  it(
    'should coalesce a burst of publishes into a few builds, and the last state wins',
    { timeout: 180_000 },
    async () => {
      await runner.settled()
      const before = builds
      const id = await guide('apa-yang-dibawa')
      const token = await as('kpu.kontributor')
      const publisher = await as('kpu')
      let last = ''
      for (let i = 1; i <= 20; i++) {
        last = `Bawa KTP-el, versi ${i} dari 20 (${Date.now()}).`
        await rest('PATCH', `/guides/${id}?draft=true`, {
          token,
          body: { summary: last, reviewState: 'submitted' },
          base: cms.url,
        })
        await rest('PATCH', `/guides/${id}`, {
          token: publisher,
          body: { _status: 'published' },
          base: cms.url,
        })
      }
      expect(
        await waitFor(async () => (await page('/panduan/apa-yang-dibawa/')).text.includes(last)),
      ).toBe(true)
      await runner.settled()
      expect((await page('/panduan/apa-yang-dibawa/')).text).toContain(last)
      expect(builds - before).toBeGreaterThanOrEqual(1)
      expect(builds - before).toBeLessThanOrEqual(5)
      // The build's reason, shown to editors in the admin, names the guide once.
      expect(runner.status().reason).toBe(`guides ${id}`)
    },
  )

  it('should keep serving the previous site when the CMS stops answering during a build, and show the failure in the admin', async () => {
    await runner.settled()
    const before = (await page('/')).text
    await cms.stopServer()
    runner.signal('CMS down test')
    await runner.settled()
    expect(runner.status()).toMatchObject({ status: 'failed' })
    expect(runner.status().error).toContain('Cannot reach the CMS')
    expect((await page('/')).text).toBe(before)
    await cms.restartServer()
    // The runner reports the failure once the CMS answers again.
    const reported = await waitFor(async () => {
      const { body } = await rest('GET', '/globals/site-build-status', {
        token: await as('admin'),
        base: cms.url,
      })
      return body?.status === 'failed' && String(body.error).includes('Cannot reach the CMS')
    }, 30_000)
    expect(reported).toBe(true)
    const anonymous = await rest('GET', '/globals/site-build-status', { base: cms.url })
    expect(anonymous.status).toBe(403)
  })
})
