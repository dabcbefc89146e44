import config from '@payload-config'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import React from 'react'

import { isPreviewCollection, readDraft, renderDraft } from '../../../../../../preview/draftPreview'
import { LivePreview } from './LivePreview'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Pratinjau langsung',
  robots: { index: false, follow: false },
}

type Props = {
  params: Promise<{ collection: string; id: string }>
  searchParams: Promise<{ locale?: string }>
}

const Refusal = ({ text }: { text: string }) => (
  <main
    style={{
      font: '1rem/1.5 system-ui, sans-serif',
      margin: '2rem auto',
      maxWidth: '40rem',
      padding: '0 1rem',
    }}
  >
    <h1>{text}</h1>
  </main>
)

/**
 * `/preview/live/<collection>/<id>?locale=id|en`: the admin's live preview frame (Payload's
 * `admin.livePreview`). It shows the saved draft, then every unsaved edit that the admin posts to
 * it, rendered by the guide's own pages through `/preview/<collection>/<id>` (the same editor
 * and access check as the "Preview" button).
 */
const LivePreviewPage = async ({ params, searchParams }: Props) => {
  const { collection, id } = await params
  const locale = (await searchParams).locale === 'en' ? 'en' : 'id'
  if (!isPreviewCollection(collection))
    return <Refusal text="Tidak ada pratinjau untuk jenis ini." />
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return <Refusal text="Masuk ke admin untuk melihat pratinjau." />
  const doc = await readDraft(payload, user, collection, id, locale)
  if (!doc) return <Refusal text="Draf tidak ditemukan, atau akun ini tidak boleh membacanya." />
  const first = await renderDraft(collection, locale, doc)
  return (
    <LivePreview
      collection={collection}
      id={id}
      locale={locale}
      initialData={doc}
      initialHtml={first.ok ? first.html : ''}
      initialError={first.ok ? '' : first.message}
    />
  )
}

export default LivePreviewPage
