'use client'

import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

/** Marks one notification read, then shows the dashboard again without it. */
export const MarkRead = ({ id }: { id: string }) => {
  const router = useRouter()
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle')
  const markRead = async () => {
    setState('saving')
    const response = await fetch(`/api/notifications/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ read: true }),
    })
    if (!response.ok) return setState('failed')
    router.refresh()
  }
  return (
    <button
      type="button"
      className="review-dashboard__mark-read"
      onClick={markRead}
      disabled={state === 'saving'}
    >
      {state === 'failed' ? 'Gagal ditandai; coba lagi' : 'Tandai sudah dibaca'}
    </button>
  )
}
