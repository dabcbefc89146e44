import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  ACCOUNT_KEYS,
  DEMO_ACCOUNTS,
  OPERATIONS,
  PERMISSION_MATRIX,
  type AccountKey,
  type MatrixTarget,
  type Operation,
} from '@pilkada/shared'

import { REGION_CODES } from '../helpers/fixtures'
import { graphql, login, rest } from '../helpers/http'
import { startIsolatedCms } from '../helpers/isolatedCms'
import { lexicalParagraph } from '../helpers/lexical'

/**
 * The permission matrix of shared/src/permissions.ts, cell by cell: every account × every
 * target × create, read, update, delete, publish × REST and GraphQL, each against the real CMS
 * (its own server and database) and checked in the database afterwards: allowed and done, or
 * refused and nothing changed.
 */

let cms: Awaited<ReturnType<typeof startIsolatedCms>>
let local: Payload
let counter = 0
const next = () => ++counter
const ids: Record<string, string> = {}
let png: Buffer
// The site's rebuild runner, as the CMS sees it: the reason of every signal it gets.
const signals: string[] = []
let runner: Server
let previousRebuildUrl: string | undefined

const sys = { overrideAccess: true, depth: 0 } as const

type Spec = {
  /** The GraphQL type name, e.g. "Guide". */
  gql: string
  drafts: boolean
  /** Data for a new record (create). */
  data: (n: number) => Record<string, unknown>
  /** How the system makes a fresh target, when not from `data` (see makeTarget). */
  make?: (n: number) => Promise<string>
  /** The field that an update changes, and a value for it. */
  field: string
  upload?: boolean
  /** How to find a created record again. */
  createdWhere: (data: Record<string, unknown>) => Record<string, unknown>
}

const draft = { _status: 'draft' }
const bandungRace = async () => {
  const { docs } = await local.find({
    ...sys,
    collection: 'elections',
    where: { region: { equals: ids.bandung } },
    draft: true,
  })
  return docs[0]?.id ? String(docs[0].id) : null
}
const freshBandungRace = async () => {
  for (let id = await bandungRace(); id; id = await bandungRace()) {
    // An election with pairs is not deleted: remove its pairs first.
    await local.delete({ ...sys, collection: 'candidates', where: { election: { equals: id } } })
    await local.delete({ ...sys, collection: 'elections', id })
  }
  const doc = await local.create({
    ...sys,
    collection: 'elections',
    draft: true,
    data: {
      ...draft,
      region: ids.bandung!,
      office: 'wali_kota',
      votingDate: '2024-11-27T05:00:00.000Z',
      status: 'decided',
    } as never,
  })
  return String(doc.id)
}

const SPECS: Record<Exclude<MatrixTarget, 'site-settings'>, Spec> = {
  regions: {
    gql: 'Region',
    drafts: false,
    data: (n) => ({
      code: `${90 + Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`,
      name: `Wilayah Uji ${n}`,
      type: 'kota',
      province: ids.jabar,
      slug: `wilayah-uji-${n}`,
    }),
    field: 'name',
    createdWhere: (d) => ({ code: { equals: d.code } }),
  },
  elections: {
    gql: 'Election',
    drafts: true,
    data: () => ({
      ...draft,
      region: ids.bandung,
      office: 'wali_kota',
      votingDate: '2024-11-27T05:00:00.000Z',
      status: 'decided',
    }),
    make: () => freshBandungRace(),
    field: 'statusSource',
    createdWhere: () => ({ region: { equals: ids.bandung } }),
  },
  candidates: {
    gql: 'Candidate',
    drafts: true,
    data: (n) => ({
      ...draft,
      election: ids.race,
      ballotNumber: 10 + n,
      headName: `Calon Uji ${n}`,
      deputyName: 'Wakil Uji',
      nomination: 'independent',
      status: 'confirmed',
      source: 'https://example.org/uji',
    }),
    field: 'headName',
    createdWhere: (d) => ({ headName: { equals: d.headName } }),
  },
  stages: {
    gql: 'Stage',
    drafts: true,
    data: (n) => ({
      ...draft,
      key: `uji_${n}`,
      name: `Tahapan uji ${n}`,
      start: '2024-10-01T05:00:00.000Z',
      end: '2024-10-02T05:00:00.000Z',
      scope: 'national',
      source: 'PKPU 2/2024',
    }),
    field: 'name',
    createdWhere: (d) => ({ key: { equals: d.key } }),
  },
  guides: {
    gql: 'Guide',
    drafts: true,
    data: (n) => ({
      ...draft,
      title: `Panduan uji ${n}`,
      slug: `panduan-uji-${n}`,
      summary: 'Ringkasan uji.',
      body: lexicalParagraph('Isi uji.'),
      topic: 'general',
      authority: 'kpu',
      source: 'PKPU 17/2024',
    }),
    field: 'summary',
    createdWhere: (d) => ({ slug: { equals: d.slug } }),
  },
  faqs: {
    gql: 'Faq',
    drafts: true,
    data: (n) => ({
      ...draft,
      question: `Pertanyaan uji ${n}?`,
      answer: lexicalParagraph('Jawaban uji.'),
      topic: 'general',
      authority: 'kpu',
      source: 'PKPU 17/2024',
    }),
    field: 'question',
    createdWhere: (d) => ({ question: { equals: d.question } }),
  },
  'fact-checks': {
    gql: 'FactCheck',
    drafts: true,
    data: (n) => ({
      ...draft,
      claim: `Klaim uji ${n}`,
      verdict: 'unproven',
      explanation: lexicalParagraph('Penjelasan uji.'),
      sources: 'https://example.org/uji',
      authority: 'kpu',
      date: '2024-11-01T05:00:00.000Z',
    }),
    field: 'claim',
    createdWhere: (d) => ({ claim: { equals: d.claim } }),
  },
  media: {
    gql: 'Media',
    drafts: false,
    upload: true,
    data: (n) => ({ alt: `Gambar uji ${n}` }),
    make: async (n) =>
      String(
        (
          await local.create({
            ...sys,
            collection: 'media',
            data: { alt: `Gambar uji ${n}`, authority: 'kpu', uploadedBy: ids.kpuUser } as never,
            file: { data: png, mimetype: 'image/png', name: `uji-${n}.png`, size: png.length },
          })
        ).id,
      ),
    field: 'alt',
    createdWhere: (d) => ({ alt: { equals: d.alt } }),
  },
  users: {
    gql: 'User',
    drafts: false,
    data: (n) => ({
      email: `uji${n}@pilkada.test`,
      password: 'kata-sandi-uji-123',
      name: `Akun uji ${n}`,
      role: 'contributor',
      authority: 'kpu',
      scope: 'national',
    }),
    field: 'name',
    createdWhere: (d) => ({ email: { equals: d.email } }),
  },
  'audit-log': {
    gql: 'AuditLog',
    drafts: false,
    data: (n) => ({
      action: 'publish',
      actorEmail: 'uji',
      targetCollection: 'guides',
      targetId: `uji-${n}`,
      authority: 'kpu',
    }),
    field: 'reason',
    createdWhere: (d) => ({ targetId: { equals: d.targetId } }),
  },
}

type Target = Exclude<MatrixTarget, 'site-settings'>

/**
 * A fresh target made by the system from its spec's data (a draft where there are drafts);
 * `submitted`: a draft submitted for review, as a publish needs.
 */
const makeTarget = async (target: Target, n: number, submitted = false) => {
  const spec = SPECS[target]
  if (spec.make) {
    const id = await spec.make(n)
    if (submitted) {
      await local.update({
        ...sys,
        collection: target,
        id,
        draft: true,
        data: { reviewState: 'submitted' } as never,
      })
    }
    return id
  }
  const doc = await local.create({
    ...sys,
    collection: target,
    draft: spec.drafts,
    data: { ...spec.data(n), ...(submitted ? { reviewState: 'submitted' } : {}) } as never,
  })
  return String(doc.id)
}

const token = async (account: AccountKey) =>
  account === 'anonymous' ? undefined : login(account, cms.url)

type Transport = 'REST' | 'GraphQL'

/** Performs one operation; returns whether the CMS said yes. */
const perform = async (
  transport: Transport,
  account: AccountKey,
  target: Exclude<MatrixTarget, 'site-settings'>,
  op: Operation,
  payload: { id?: string; data?: Record<string, unknown> },
): Promise<boolean> => {
  const spec = SPECS[target]
  const auth = await token(account)
  const base = cms.url
  const draftQuery = spec.drafts ? '?draft=true' : ''
  if (transport === 'REST') {
    if (op === 'create' && spec.upload) {
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(png)], { type: 'image/png' }),
        `unggah-${next()}.png`,
      )
      form.append('_payload', JSON.stringify(payload.data))
      return (await rest('POST', `/${target}`, { token: auth, body: form, base })).status === 201
    }
    const call = {
      create: () =>
        rest('POST', `/${target}${draftQuery}`, { token: auth, body: payload.data, base }),
      read: () => rest('GET', `/${target}/${payload.id}${draftQuery}`, { token: auth, base }),
      update: () =>
        rest('PATCH', `/${target}/${payload.id}${draftQuery}`, {
          token: auth,
          body: payload.data,
          base,
        }),
      delete: () => rest('DELETE', `/${target}/${payload.id}`, { token: auth, base }),
      publish: () =>
        rest('PATCH', `/${target}/${payload.id}`, {
          token: auth,
          body: { _status: 'published' },
          base,
        }),
    }[op]
    const { status, body } = await call()
    return status < 300 && (op !== 'read' || body?.id === payload.id)
  }
  const name = spec.gql
  const documents: Record<Operation, string> = {
    create: `mutation ($data: mutation${name}Input!) { result: create${name}(data: $data${spec.drafts ? ', draft: true' : ''}) { id } }`,
    read: `query ($id: String!) { result: ${name}(id: $id${spec.drafts ? ', draft: true' : ''}) { id } }`,
    update: `mutation ($id: String!, $data: mutation${name}UpdateInput!) { result: update${name}(id: $id, data: $data${spec.drafts ? ', draft: true' : ''}) { id } }`,
    delete: `mutation ($id: String!) { result: delete${name}(id: $id) { id } }`,
    publish: `mutation ($id: String!, $data: mutation${name}UpdateInput!) { result: update${name}(id: $id, data: $data) { id } }`,
  }
  const variables =
    op === 'publish'
      ? { id: payload.id, data: { _status: 'published' } }
      : { id: payload.id, data: payload.data }
  const { data, errors } = await graphql(documents[op], { token: auth, variables, base })
  return !errors?.length && Boolean(data?.result?.id)
}

/** What the database says happened. */
const effect = async (
  target: Exclude<MatrixTarget, 'site-settings'>,
  op: Operation,
  payload: { id?: string; data?: Record<string, unknown> },
) => {
  const spec = SPECS[target]
  const collection = target as CollectionSlug
  switch (op) {
    case 'create':
      return (
        (await local.count({ collection, where: spec.createdWhere(payload.data!) as never }))
          .totalDocs === 1
      )
    case 'update': {
      const doc = await local.findByID({
        ...sys,
        collection,
        id: payload.id!,
        draft: true,
        locale: 'id',
      })
      return (doc as unknown as Record<string, unknown>)[spec.field] === payload.data![spec.field]
    }
    case 'delete':
      return !(await local.findByID({ ...sys, collection, id: payload.id!, disableErrors: true }))
    case 'publish':
      return (
        (
          (await local.findByID({ ...sys, collection, id: payload.id! })) as unknown as {
            _status?: string
          }
        )._status === 'published'
      )
    case 'read':
      return true
  }
}

describe('the permission matrix', () => {
  beforeAll(async () => {
    runner = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        signals.push(String(JSON.parse(body).reason))
        response.end('ok')
      })
    })
    await new Promise<void>((resolve) => runner.listen(0, '127.0.0.1', resolve))
    const runnerUrl = `http://127.0.0.1:${(runner.address() as AddressInfo).port}/rebuild`
    cms = await startIsolatedCms({ SITE_REBUILD_URL: runnerUrl })
    // This file's Local API signals the same runner.
    previousRebuildUrl = process.env.SITE_REBUILD_URL
    process.env.SITE_REBUILD_URL = runnerUrl
    local = cms.local
    png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    const regions = await local.find({
      ...sys,
      collection: 'regions',
      where: { code: { in: [REGION_CODES.jawaBarat, REGION_CODES.kotaBandung] } },
      sort: 'code',
    })
    ids.jabar = String(regions.docs[0]!.id)
    ids.bandung = String(regions.docs[1]!.id)
    const users = await local.find({ ...sys, collection: 'users', pagination: false })
    for (const user of users.docs) ids[`user:${user.email}`] = String(user.id)
    ids.kpuUser = ids[`user:${DEMO_ACCOUNTS.kpu.email}`]!
    ids.race = (await bandungRace())!
  })
  afterAll(async () => {
    await cms?.stop()
    runner?.close()
    if (previousRebuildUrl === undefined) delete process.env.SITE_REBUILD_URL
    else process.env.SITE_REBUILD_URL = previousRebuildUrl
  })

  const verdict = (allowed: boolean) => (allowed ? 'may' : 'may not')

  // Elections last: their cells remove and remake the Kota Bandung race.
  const targets = [
    ...(Object.keys(SPECS) as Target[]).filter((t) => t !== 'elections'),
    'elections' as const,
  ]
  const cells = targets.flatMap((target) =>
    (['REST', 'GraphQL'] as const).flatMap((transport) =>
      ACCOUNT_KEYS.flatMap((account) =>
        OPERATIONS.flatMap((op) => {
          const expected = PERMISSION_MATRIX[target][account][op]
          // null: the cell does not apply; GraphQL takes no files.
          if (expected === null) return []
          if (op === 'create' && SPECS[target].upload && transport === 'GraphQL') return []
          const name = `${account} ${verdict(expected)} ${op} ${target} over ${transport}`
          return [{ name, target, transport, account, op, expected }]
        }),
      ),
    ),
  )
  // One record per target and route that the reads and updates share (elections excepted).
  const sharedTargets = new Map<string, Promise<string>>()
  const sharedTarget = (target: Target, transport: Transport) => {
    const key = `${target} ${transport}`
    if (target === 'regions') return ids.bandung!
    if (!sharedTargets.has(key)) sharedTargets.set(key, makeTarget(target, next()))
    return sharedTargets.get(key)!
  }

  it.each(cells)('$name', async ({ target, transport, account, op, expected }) => {
    const spec = SPECS[target]
    const n = next()
    let payload: { id?: string; data?: Record<string, unknown> }
    if (op === 'create') {
      if (target === 'elections')
        await freshBandungRace().then((id) => local.delete({ ...sys, collection: 'elections', id }))
      payload = { data: spec.data(n) }
    } else if (op === 'read' || op === 'update') {
      // A race per region: the elections' cells each remake the Kota Bandung race.
      const id =
        target === 'elections' ? await makeTarget(target, n) : await sharedTarget(target, transport)
      payload = op === 'read' ? { id } : { id, data: { [spec.field]: `ubah-${n}` } }
    } else payload = { id: await makeTarget(target, n, op === 'publish' && spec.drafts) }
    if (target === 'candidates') ids.race = (await bandungRace()) ?? (await freshBandungRace())
    const answered = await perform(transport, account, target, op, payload)
    const changed = op === 'read' ? answered : await effect(target, op, payload)
    expect({ answered, changed }).toEqual({ answered: expected, changed: expected })
  })

  const settingsCells = (['REST', 'GraphQL'] as const).flatMap((transport) =>
    ACCOUNT_KEYS.flatMap((account) =>
      (['read', 'update', 'publish'] as const).map((op) => {
        const expected = PERMISSION_MATRIX['site-settings'][account][op]!
        const name = `${account} ${verdict(expected)} ${op} the site settings over ${transport}`
        return { name, transport, account, op, expected }
      }),
    ),
  )

  it.each(settingsCells)('$name', async ({ transport, account, op, expected }) => {
    const marker = `Jam uji ${next()}`
    // Payload's GraphQL input for a global asks for every required field.
    const required = { votingDay: '2024-11-27T05:00:00.000Z', votingSource: 'PKPU 2/2024' }
    // The target: a draft of the settings saved by the system, with a marker (submitted for
    // review when it is to be published).
    await local.updateGlobal({
      ...sys,
      slug: 'site-settings',
      draft: true,
      data: {
        ...required,
        votingHours: marker,
        lastEditedBy: null,
        submittedBy: null,
        reviewState: op === 'publish' ? 'submitted' : 'draft',
      } as never,
    })
    const auth = await token(account)
    const base = cms.url
    let answered: boolean
    let errors: unknown
    if (transport === 'REST') {
      const call = {
        read: () => rest('GET', '/globals/site-settings?draft=true', { token: auth, base }),
        update: () =>
          rest('POST', '/globals/site-settings?draft=true', {
            token: auth,
            body: { votingHours: `${marker} diubah` },
            base,
          }),
        publish: () =>
          rest('POST', '/globals/site-settings', {
            token: auth,
            body: { _status: 'published' },
            base,
          }),
      }[op]
      const { status, body } = await call()
      answered = status < 300 && (op !== 'read' || body?.votingHours === marker)
    } else {
      const document = {
        read: `{ result: SiteSettings(draft: true) { votingHours } }`,
        update: `mutation ($data: mutationSiteSettingsInput!) { result: updateSiteSettings(data: $data, draft: true) { votingHours } }`,
        publish: `mutation ($data: mutationSiteSettingsInput!) { result: updateSiteSettings(data: $data) { votingHours } }`,
      }[op]
      const data =
        op === 'update'
          ? { ...required, votingHours: `${marker} diubah` }
          : { ...required, votingHours: marker, _status: 'published' }
      const result = await graphql(document, { token: auth, variables: { data }, base })
      errors = result.errors
      answered =
        !result.errors?.length && (op !== 'read' || result.data?.result?.votingHours === marker)
    }
    const latest = await local.findGlobal({
      ...sys,
      slug: 'site-settings',
      draft: true,
      locale: 'id',
    })
    const live = await local.findGlobal({ ...sys, slug: 'site-settings', locale: 'id' })
    const changed = {
      read: answered,
      update: latest.votingHours === `${marker} diubah`,
      publish: live.votingHours === marker,
    }[op]
    expect({ answered, changed }, JSON.stringify(errors)).toEqual({
      answered: expected,
      changed: expected,
    })
  })

  describe('changes to what is live', () => {
    type Change = 'publish' | 'unpublish' | 'save'
    const DATA: Record<Change, Record<string, unknown>> = {
      publish: { _status: 'published' },
      unpublish: { _status: 'draft' },
      save: { summary: 'Disimpan tanpa draf.' },
    }
    const GRAPHQL: Record<Change, string> = {
      publish: '_status: published',
      unpublish: '_status: draft',
      save: 'summary: "Disimpan tanpa draf."',
    }
    // The target: a published KPU guide with a pending draft that the KPU contributor submitted.
    const target = async () => {
      const n = next()
      const doc = await local.create({
        ...sys,
        collection: 'guides',
        data: { ...SPECS.guides.data(n), _status: 'published', summary: 'Terbit.' } as never,
      })
      await local.update({
        ...sys,
        collection: 'guides',
        id: doc.id,
        draft: true,
        data: {
          summary: 'Draf.',
          lastEditedBy: ids[`user:${DEMO_ACCOUNTS['kpu.kontributor'].email}`],
          reviewState: 'submitted',
        } as never,
      })
      return String(doc.id)
    }
    const change = async (
      route: 'REST' | 'GraphQL' | 'Local API',
      account: AccountKey,
      what: Change,
      id: string,
    ): Promise<boolean> => {
      if (route === 'REST') {
        const auth = await token(account)
        return (
          (await rest('PATCH', `/guides/${id}`, { token: auth, body: DATA[what], base: cms.url }))
            .status < 300
        )
      }
      if (route === 'GraphQL') {
        const { data, errors } = await graphql(
          `mutation ($id: String!) { result: updateGuide(id: $id, data: { ${GRAPHQL[what]} }) { id } }`,
          { token: await token(account), variables: { id }, base: cms.url },
        )
        return !errors?.length && Boolean(data?.result?.id)
      }
      const user =
        account === 'anonymous'
          ? undefined
          : {
              ...(await local.findByID({
                ...sys,
                collection: 'users',
                id: ids[`user:${DEMO_ACCOUNTS[account].email}`]!,
              })),
              collection: 'users' as const,
            }
      try {
        await local.update({
          collection: 'guides',
          id,
          data: DATA[what] as never,
          overrideAccess: false,
          user,
        })
        return true
      } catch {
        return false
      }
    }
    const live = async (id: string) => {
      const { status, body } = await rest('GET', `/guides/${id}?depth=0`, { base: cms.url })
      return status === 200 ? `${body._status}: ${body.summary}` : 'not on the site'
    }
    const audits = async (id: string) =>
      (
        await local.find({
          ...sys,
          collection: 'audit-log',
          where: { targetId: { equals: id } },
          sort: 'createdAt',
        })
      ).docs.map((d) => d.action)

    const changeCells = (['REST', 'GraphQL', 'Local API'] as const).flatMap((route) =>
      ACCOUNT_KEYS.flatMap((account) =>
        (['publish', 'unpublish', 'save'] as const).map((what) => {
          const allowed = PERMISSION_MATRIX.guides[account][what === 'save' ? 'update' : 'publish']!
          const name = `${account} ${verdict(allowed)} ${what} a published guide over ${route}`
          return { name, route, account, what, allowed }
        }),
      ),
    )
    // Rebuild signals are jobs that the CMS sends within a second: counted once, after every change.
    const expectedSignals: { name: string; id: string; count: number }[] = []

    it.each(changeCells)('$name', async ({ name, route, account, what, allowed }) => {
      const id = await target()
      const auditsBefore = (await audits(id)).length
      const answered = await change(route, account, what, id)
      const changesLive = allowed && what !== 'save'
      const expectedLive = !changesLive
        ? 'published: Terbit.'
        : what === 'publish'
          ? 'published: Draf.'
          : 'not on the site'
      // One signal for the system's publishing of the target, one for a change of what is live.
      expectedSignals.push({ name, id, count: changesLive ? 2 : 1 })
      expect({
        answered,
        live: await live(id),
        audited: (await audits(id)).slice(auditsBefore),
      }).toEqual({ answered: allowed, live: expectedLive, audited: changesLive ? [what] : [] })
    })

    it('should signal the site once for each change of what is live', async () => {
      const signalsOf = (id: string) => signals.filter((s) => s === `guides ${id}`).length
      // Wait until the last ones are sent, and a moment more for any that should not come.
      const deadline = Date.now() + 20_000
      while (
        expectedSignals.some(({ id, count }) => signalsOf(id) < count) &&
        Date.now() < deadline
      )
        await new Promise((resolve) => setTimeout(resolve, 200))
      await new Promise((resolve) => setTimeout(resolve, 1500))
      const counted = expectedSignals.map(({ name, id, count }) => ({
        name,
        signals: signalsOf(id),
        expected: count,
      }))
      expect(counted.filter((c) => c.signals !== c.expected)).toEqual([])
    })
  })
})
