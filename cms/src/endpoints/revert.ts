import type { CollectionSlug, Endpoint } from 'payload'

import type { Ownership } from '../access/content'
import { editorOf, isPublisher } from '../access/roles'
import { writeAudit } from '../hooks/audit'
import { auditTarget } from '../hooks/workflow/auditTarget'
import { liveStatusBefore } from '../hooks/workflow/liveStatus'

/**
 * `POST /api/<collection>/<id>/revert` with `{ "versionId", "reason" }`: restores an earlier
 * version. The reason is required and goes to the audit log.
 */
export const revertEndpoint = (slug: CollectionSlug, ownership: Ownership): Endpoint => ({
  path: '/:id/revert',
  method: 'post',
  handler: async (req) => {
    const user = editorOf(req)
    if (!user)
      return Response.json({ errors: [{ message: 'Masuk terlebih dahulu.' }] }, { status: 401 })
    const body = (req.json ? await req.json().catch(() => ({})) : {}) as {
      reason?: string
      versionId?: string
    }
    const reason = body.reason?.trim() ?? ''
    if (reason.length < 10) {
      return Response.json(
        {
          errors: [
            {
              message: 'Alasan pemulihan wajib diisi (paling sedikit 10 karakter).',
              path: 'reason',
            },
          ],
        },
        { status: 400 },
      )
    }
    const id = String(req.routeParams?.id ?? '')
    const { docs } = await req.payload.findVersions({
      collection: slug,
      where: { and: [{ id: { equals: body.versionId } }, { parent: { equals: id } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!docs[0]) {
      return Response.json(
        { errors: [{ message: 'Versi tidak ditemukan untuk dokumen ini.' }] },
        { status: 404 },
      )
    }
    if (!isPublisher(user)) {
      return Response.json(
        { errors: [{ message: 'Hanya penerbit yang dapat memulihkan versi lama.' }] },
        { status: 403 },
      )
    }
    req.context.revertReason = reason
    const doc = await req.payload.restoreVersion({
      collection: slug,
      id: String(docs[0].id),
      overrideAccess: false,
      depth: 0,
      req,
    })
    await writeAudit(req, {
      ...auditTarget(slug, ownership, doc as unknown as Record<string, unknown>),
      targetId: id,
      action: 'revert',
      versionId: String(docs[0].id),
      reason,
      // A revert can publish or unpublish: the entry says what readers saw before and after.
      details: {
        statusBefore: liveStatusBefore(req, slug, id),
        statusAfter: (doc as { _status?: string })._status ?? null,
      },
    })
    return Response.json({ message: 'Versi dipulihkan.', doc })
  },
})
