import type { GlobalConfig } from 'payload'

import { editorOf } from '../access/roles'
import { notifyBuildFailure } from '../collections/Notifications/hooks/notifyBuildFailure'

/**
 * The last build of the static guide, as the build runner reports it: status, time, duration
 * and error. Editors read it in the admin; only the runner (with the shared secret) writes it.
 */
export const SiteBuildStatus: GlobalConfig = {
  slug: 'site-build-status',
  label: { id: 'Status pembangunan situs', en: 'Site build status' },
  access: {
    read: ({ req }) => Boolean(editorOf(req)),
    update: () => false,
  },
  admin: {
    group: { id: 'Pengaturan', en: 'Settings' },
    description: {
      id: 'Situs panduan dibangun ulang otomatis setiap kali isi diterbitkan. Bila gagal, situs sebelumnya tetap tayang.',
      en: 'The guide is rebuilt whenever content is published. When a build fails, the previous site stays up.',
    },
  },
  endpoints: [
    {
      path: '/report',
      method: 'post',
      handler: async (req) => {
        const secret = process.env.SITE_REBUILD_SECRET
        if (!secret || req.headers.get('x-rebuild-secret') !== secret) {
          return Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401 })
        }
        const body = (req.json ? await req.json() : {}) as Record<string, unknown>
        const build = {
          status: body.status === 'success' ? ('success' as const) : ('failed' as const),
          startedAt: String(body.startedAt ?? ''),
          finishedAt: String(body.finishedAt ?? ''),
          durationSeconds: Number(body.durationSeconds ?? 0),
          reason: String(body.reason ?? ''),
          error: String(body.error ?? ''),
        }
        await req.payload.updateGlobal({
          slug: 'site-build-status',
          data: build,
          overrideAccess: true,
          context: { seeding: true },
        })
        if (build.status === 'failed') await notifyBuildFailure(req, build)
        return Response.json({ ok: true })
      },
    },
  ],
  fields: [
    {
      name: 'status',
      type: 'select',
      label: { id: 'Status', en: 'Status' },
      options: [
        { label: { id: 'Berhasil', en: 'Succeeded' }, value: 'success' },
        {
          label: {
            id: 'Gagal (situs sebelumnya tetap tayang)',
            en: 'Failed (previous site still served)',
          },
          value: 'failed',
        },
      ],
      admin: { readOnly: true },
    },
    {
      name: 'startedAt',
      type: 'text',
      label: { id: 'Mulai', en: 'Started' },
      admin: { readOnly: true },
    },
    {
      name: 'finishedAt',
      type: 'text',
      label: { id: 'Selesai', en: 'Finished' },
      admin: { readOnly: true },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      label: { id: 'Lama (detik)', en: 'Duration (s)' },
      admin: { readOnly: true },
    },
    {
      name: 'reason',
      type: 'textarea',
      label: { id: 'Pemicu', en: 'Triggered by' },
      admin: { readOnly: true },
    },
    {
      name: 'error',
      type: 'textarea',
      label: { id: 'Galat', en: 'Error' },
      admin: { readOnly: true },
    },
  ],
}
