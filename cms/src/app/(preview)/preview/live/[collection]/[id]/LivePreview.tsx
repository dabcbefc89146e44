'use client'
import { useLivePreview } from '@payloadcms/live-preview-react'
import React, { useEffect, useRef, useState } from 'react'

type Props = {
  collection: string
  id: string
  locale: 'en' | 'id'
  initialData: Record<string, unknown>
  initialHtml: string
  initialError: string
}

// Typing fires an edit per key: render once the editor pauses.
const RENDER_DELAY_MS = 250

/**
 * Receives the admin's unsaved form (Payload's live preview messages; relationships such as a
 * pair's race and photo are read at depth 1) and shows it as the guide's page.
 */
export const LivePreview = ({
  collection,
  id,
  locale,
  initialData,
  initialHtml,
  initialError,
}: Props) => {
  const serverURL = typeof window === 'undefined' ? '' : window.location.origin
  const { data } = useLivePreview({ initialData, serverURL, depth: 1 })
  const [html, setHtml] = useState(initialHtml)
  const [error, setError] = useState(initialError)
  const first = useRef(true)

  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/preview/${collection}/${id}?locale=${locale}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(data),
          signal: controller.signal,
        })
        const text = await response.text()
        if (response.ok) {
          setHtml(text)
          setError('')
        } else {
          setError(
            new DOMParser().parseFromString(text, 'text/html').querySelector('h1')?.textContent ??
              '',
          )
        }
      } catch {
        // A newer edit replaced this one.
      }
    }, RENDER_DELAY_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [collection, data, id, locale])

  return (
    <>
      {error && (
        <p
          role="alert"
          style={{
            background: '#fdecea',
            font: '1rem/1.5 system-ui, sans-serif',
            margin: 0,
            padding: '0.75rem 1rem',
          }}
        >
          {error}
        </p>
      )}
      <iframe
        title="Pratinjau langsung"
        srcDoc={html}
        style={{ border: 0, display: 'block', height: '100vh', width: '100%' }}
      />
    </>
  )
}
