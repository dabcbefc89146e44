'use client'

import { toast, useConfig } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import { EDITORIAL_COLLECTIONS } from '../../lib/editorialCollections'

import './index.scss'

const MIN_REASON = 10

/** `/admin/collections/<slug>/<id>/versions/<versionId>` of an editorial collection. */
const versionOf = (pathname: string, adminRoute: string) => {
  const match = new RegExp(`^${adminRoute}/collections/([^/]+)/([^/]+)/versions/([^/?#]+)$`).exec(
    pathname,
  )
  if (!match || !(EDITORIAL_COLLECTIONS as readonly string[]).includes(match[1]!)) return null
  return { slug: match[1]!, id: match[2]!, versionId: match[3]! }
}

/**
 * The version view's "restore" button asks for the reason and performs the audited revert
 * (endpoints/revert.ts) instead of Payload's restore, which the workflow refuses. Payload's
 * version view is not exported and renders its restore button itself
 * (@payloadcms/next/dist/views/Version/Default/index.js): this provider takes the button's
 * click before Payload does, on editorial collections only.
 */
export const RestoreWithReason = ({ children }: { children?: React.ReactNode }) => {
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
  } = useConfig()
  const pathname = usePathname()
  const router = useRouter()
  const target = versionOf(pathname ?? '', adminRoute)
  const dialog = useRef<HTMLDialogElement>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!target) return
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('.restore-version button')
      if (!button) return
      event.preventDefault()
      event.stopPropagation()
      setError('')
      dialog.current?.showModal()
    }
    document.addEventListener('click', onClick, true)
    return () => document.removeEventListener('click', onClick, true)
  }, [target])

  const restore = useCallback(
    async (event: React.FormEvent) => {
      event.preventDefault()
      if (!target) return
      if (reason.trim().length < MIN_REASON) {
        setError(`Tulis alasan pemulihan, paling sedikit ${MIN_REASON} karakter.`)
        return
      }
      setBusy(true)
      try {
        const response = await fetch(`${apiRoute}/${target.slug}/${target.id}/revert`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ versionId: target.versionId, reason: reason.trim() }),
        })
        const body = (await response.json().catch(() => ({}))) as {
          errors?: { message?: string }[]
          message?: string
        }
        if (!response.ok) {
          setError(body.errors?.[0]?.message ?? 'Versi ini tidak dapat dipulihkan. Coba lagi.')
          return
        }
        dialog.current?.close()
        toast.success(body.message ?? 'Versi dipulihkan.')
        router.push(`${adminRoute}/collections/${target.slug}/${target.id}`)
      } finally {
        setBusy(false)
      }
    },
    [adminRoute, apiRoute, reason, router, target],
  )

  return (
    <>
      {children}
      {target && (
        <dialog
          aria-labelledby="restore-with-reason-title"
          className="restore-with-reason"
          ref={dialog}
        >
          <form onSubmit={restore}>
            <h2 id="restore-with-reason-title">Pulihkan versi ini</h2>
            <p>
              Isi dokumen kembali seperti pada versi ini. Pemulihan dicatat di log audit dengan nama
              Anda dan alasannya.
            </p>
            <label htmlFor="restore-with-reason-text">Alasan pemulihan</label>
            <textarea
              id="restore-with-reason-text"
              onChange={(event) => setReason(event.target.value)}
              placeholder="mis. Nomor urut yang terbit keliru; kembali ke versi yang diverifikasi."
              rows={3}
              value={reason}
            />
            {error && (
              <p className="restore-with-reason__error" role="alert">
                {error}
              </p>
            )}
            <div className="restore-with-reason__buttons">
              <button
                className="btn btn--style-secondary btn--size-medium"
                onClick={() => dialog.current?.close()}
                type="button"
              >
                Batal
              </button>
              <button
                className="btn btn--style-primary btn--size-medium"
                disabled={busy}
                type="submit"
              >
                {busy ? 'Memulihkan…' : 'Pulihkan'}
              </button>
            </div>
          </form>
        </dialog>
      )}
    </>
  )
}
