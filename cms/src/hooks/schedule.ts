import {
  docAccessOperation,
  docAccessOperationGlobal,
  type CollectionSlug,
  type PayloadRequest,
  type ServerFunction,
} from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'
import {
  schedulePublishHandler,
  type SchedulePublishHandlerArgs,
} from '@payloadcms/ui/utilities/schedulePublishHandler'

import { editorOf, isPlatformAdmin, isPublisher } from '../access/roles'
import { writeAudit, type AuditEntry } from './audit'

const JOBS = 'payload-jobs'
const TASK = 'schedulePublish'

type Target = { doc?: { relationTo: string; value: number | string }; global?: string }
type Job = {
  id: number | string
  taskSlug?: string
  hasError?: boolean
  waitUntil?: string
  input?: Target & { type?: string; user?: { value?: number | string } }
}

const adminOnly = ({ req }: { req: PayloadRequest }) => isPlatformAdmin(editorOf(req))

/**
 * Jobs (`payload-jobs`) are the system's: the admin's "schedule" queues them, the CMS runs them.
 * Nobody reads, runs or cancels them through the API but a platform admin.
 */
export const jobsAccess = {
  cancel: adminOnly,
  queue: adminOnly,
  run: adminOnly,
}

/**
 * Whether the account may schedule the publishing of `target`: a publisher who may publish it
 * now (its authority's, within their scope).
 */
const maySchedule = async (req: PayloadRequest, target: Target): Promise<boolean> => {
  if (!isPublisher(editorOf(req))) return false
  try {
    if (target.doc) {
      const collection = req.payload.collections[target.doc.relationTo as CollectionSlug]
      if (!collection || !hasScheduledPublishEnabled(collection.config)) return false
      const permissions = await docAccessOperation({
        id: target.doc.value,
        collection,
        data: { _status: 'published' },
        req,
      })
      return Boolean(permissions.update)
    }
    if (target.global) {
      const globalConfig = req.payload.config.globals.find((g) => g.slug === target.global)
      if (!globalConfig || !hasScheduledPublishEnabled(globalConfig)) return false
      const permissions = await docAccessOperationGlobal({
        data: { _status: 'published' },
        globalConfig,
        req,
      })
      return Boolean(permissions.update)
    }
  } catch {
    return false
  }
  return false
}

const NOT_YOURS =
  'Hanya penerbit lembaga pemilik isi ini, dalam cakupan wilayahnya, yang dapat menjadwalkan atau membatalkan jadwal terbit atau tarik terbitnya.'

/**
 * The admin's "schedule publish" server function, with the permission check that Payload's
 * own lacks: scheduling, and removing a scheduled job, are acts of a publisher who may publish
 * the document. The job runs later as that publisher, through the workflow's checks.
 */
export const schedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { deleteID, doc, global, req, type } = args
  if (!editorOf(req)) return { error: 'Masuk terlebih dahulu.' }
  if (type !== undefined && type !== 'publish' && type !== 'unpublish') {
    return { error: 'Jenis jadwal tidak dikenal.' }
  }
  if (deleteID !== undefined && deleteID !== null) {
    const job = (await req.payload.db.findOne({
      collection: JOBS,
      where: { id: { equals: deleteID } },
      req,
    })) as Job | null
    if (!job || job.taskSlug !== TASK) return { error: 'Jadwal tidak ditemukan.' }
    if (!(await maySchedule(req, job.input ?? {}))) return { error: NOT_YOURS }
  }
  if (doc || global) {
    if (!(await maySchedule(req, { doc, global }))) return { error: NOT_YOURS }
    return schedulePublishHandler(args)
  }
  if (deleteID === undefined || deleteID === null)
    return { error: 'Pilih dokumen yang dijadwalkan.' }
  // Payload's handler would queue an empty job after a bare removal: remove it here.
  await req.payload.db.deleteMany({
    collection: JOBS,
    where: { and: [{ id: { equals: deleteID } }, { taskSlug: { equals: TASK } }] },
    req,
  })
  return { message: req.i18n.t('general:success') }
}

/**
 * A scheduled publish publishes what its publisher reviewed: a later change to the draft cancels
 * the pending publish jobs of the document (or global), and the audit log says so.
 */
export const cancelSchedulesAfterChange = async (
  req: PayloadRequest,
  target: Target,
  entry: Pick<AuditEntry, 'authority' | 'targetTitle'>,
) => {
  const { docs } = await req.payload.db.find({
    collection: JOBS,
    where: {
      and: [
        { taskSlug: { equals: TASK } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
      ],
    },
    limit: 0,
    pagination: false,
    req,
  })
  const pending = (docs as Job[]).filter(
    (job) =>
      !job.hasError &&
      job.input?.type !== 'unpublish' &&
      (target.doc
        ? job.input?.doc?.relationTo === target.doc.relationTo &&
          String(job.input?.doc?.value) === String(target.doc.value)
        : job.input?.global === target.global),
  )
  if (pending.length === 0) return
  await req.payload.db.deleteMany({
    collection: JOBS,
    where: { id: { in: pending.map((job) => job.id) } },
    req,
  })
  for (const job of pending) {
    await writeAudit(req, {
      action: 'schedule_cancel',
      targetCollection: target.doc?.relationTo ?? target.global!,
      targetId: String(target.doc?.value ?? target.global),
      targetTitle: entry.targetTitle,
      authority: entry.authority,
      reason:
        'Draf diubah setelah penerbitan dijadwalkan; jadwal dibatalkan. Tinjau draf baru, lalu jadwalkan lagi.',
      details: {
        jobId: String(job.id),
        waitUntil: job.waitUntil ?? null,
        scheduledBy: job.input?.user?.value ?? null,
      },
    })
  }
}
