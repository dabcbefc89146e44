import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_ACCOUNTS } from '@pilkada/shared'
import { createConfig } from '@pilkada/cms/config'

import { startCmsInstances, stopProcess, waitForHttp } from '../../scripts/lib.mjs'
import { freshDatabase } from '../helpers/database'
import { graphql, login, rest } from '../helpers/http'
import { queueScheduledPublish } from '../helpers/schedule'

/**
 * `CMS_INSTANCES=2`: two CMS processes on one database behind one port, as `npm start` runs
 * them when asked. Each keeps its own cache of public reads; a publish through one must not be
 * served stale by the other for longer than the bound that cache/publicReads.ts states
 * (READ_CACHE_VERSION_CHECK_MS, 500 ms by default).
 */
const STALE_BOUND_MS = 500

describe('two CMS instances on one database', () => {
  let cluster: ReturnType<typeof startCmsInstances>
  let one: string
  let two: string
  let balancer: string
  let local: Payload

  beforeAll(async () => {
    const database = freshDatabase({
      template: inject('templateDb'),
      workDir: inject('workDir'),
      secret: inject('testSecret'),
    })
    const port = 6100 + Math.floor(Math.random() * 800)
    cluster = startCmsInstances({
      port,
      count: 2,
      env: {
        DATABASE_URI: database,
        PAYLOAD_SECRET: inject('testSecret'),
        MEDIA_DIR: path.join(inject('workDir'), 'media'),
        RATE_LIMIT: 'off',
        // The suite turns jobs off by default; the hub runs them on the first instance only.
        PAYLOAD_JOBS_AUTORUN: 'true',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    ;[one, two] = cluster.urls as [string, string]
    balancer = `http://127.0.0.1:${port}`
    for (const url of [...cluster.urls, balancer]) await waitForHttp(`${url}/api/regions?limit=1`)
    local = await getPayload({ config: await createConfig(database), key: database } as Parameters<
      typeof getPayload
    >[0])
  })
  afterAll(async () => {
    await local?.destroy()
    await Promise.all([...cluster.instances, cluster.balancer].map((child) => stopProcess(child)))
  })

  const titleOf = async (base: string) => {
    const { data } = await graphql<{ Guides: { docs: { title: string }[] } }>(
      '{ Guides(where: { slug: { equals: "cara-memilih" } }) { docs { title } } }',
      { base },
    )
    return data?.Guides.docs[0]?.title
  }

  it('should show a change published through one instance on the other within the bound', async () => {
    const before = await titleOf(two)
    expect(await titleOf(two)).toBe(before) // now from the second instance's cache
    const { body: found } = await rest('GET', '/guides?where[slug][equals]=cara-memilih&depth=0', {
      base: one,
    })
    const id = found.docs[0].id
    const title = `Cara memilih (dua instans ${Date.now()})`
    const draft = await rest('PATCH', `/guides/${id}?draft=true`, {
      token: await login('kpu.kontributor', one),
      body: { title, reviewState: 'submitted' },
      base: one,
    })
    expect(draft.status).toBe(200)
    expect(await titleOf(two)).toBe(before) // a draft is not public
    const published = await rest('PATCH', `/guides/${id}`, {
      token: await login('kpu', one),
      body: { _status: 'published' },
      base: one,
    })
    expect(published.status).toBe(200)
    const at = Date.now()
    expect(await titleOf(one)).toBe(title) // at once on the instance that published
    let seen = await titleOf(two)
    while (seen !== title && Date.now() - at < STALE_BOUND_MS + 2000) seen = await titleOf(two)
    expect(seen).toBe(title)
    expect(Date.now() - at).toBeLessThan(STALE_BOUND_MS + 1000)
    expect(await titleOf(balancer)).toBe(title)
  })

  it('should run a scheduled publish once, though two instances run', async () => {
    const { docs } = await local.find({
      collection: 'guides',
      where: { slug: { equals: 'cek-pendaftaran' } },
      depth: 0,
    })
    const id = String(docs[0]!.id)
    const summary = `Terbit terjadwal, dua instans ${Date.now()}.`
    const draft = await rest('PATCH', `/guides/${id}?draft=true`, {
      token: await login('kpu.kontributor', two),
      body: { summary, reviewState: 'submitted' },
      base: two,
    })
    expect(draft.status).toBe(200)
    const publisher = (
      await local.find({
        collection: 'users',
        where: { email: { equals: DEMO_ACCOUNTS.kpu.email } },
      })
    ).docs[0]!
    await queueScheduledPublish(local, id, publisher.id, new Date(Date.now() + 2000))
    const live = async (base: string) =>
      (await rest('GET', `/guides/${id}?depth=0`, { base })).body.summary
    const deadline = Date.now() + 40_000
    while ((await live(two)) !== summary && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await live(two)).toBe(summary)
    expect(await live(one)).toBe(summary)
    // Both instances had 6 s to pick the job up; it ran once.
    await new Promise((resolve) => setTimeout(resolve, 6000))
    const audit = await local.find({
      collection: 'audit-log',
      where: { and: [{ targetId: { equals: id } }, { action: { equals: 'publish' } }] },
    })
    expect(audit.totalDocs).toBe(1)
  })
})
