'use client'

import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import React, { useEffect, useRef } from 'react'

/**
 * Ctrl+K (⌘K on a Mac) in the rich-text editor does what the toolbar's link button does: opens
 * the link drawer for the selected text, where the editor links a guide, a region or a URL.
 * Payload's link feature has no shortcut and does not export its command, so the shortcut
 * presses this editor's own link button.
 */
const LinkShortcutPlugin = () => {
  const marker = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const field = marker.current?.closest('.rich-text-lexical')
    if (!field) return
    const onKeyDown = (event: Event) => {
      const key = event as KeyboardEvent
      if (!(key.ctrlKey || key.metaKey) || key.altKey || key.key.toLowerCase() !== 'k') return
      const button = field.querySelector<HTMLButtonElement>('button[data-button-key="link"]')
      if (!button) return
      key.preventDefault()
      button.click()
    }
    field.addEventListener('keydown', onKeyDown)
    return () => field.removeEventListener('keydown', onKeyDown)
  }, [])
  return <span hidden ref={marker} />
}

export const LinkShortcutFeatureClient = createClientFeature({
  plugins: [{ Component: LinkShortcutPlugin, position: 'normal' }],
})
