'use client'

import { useConfig } from '@payloadcms/ui'
import React, { useEffect } from 'react'

import { INDONESIAN_TIMEZONES } from '../../admin/timezones'

const BY_UTC_OFFSET_MINUTES: Record<number, string> = {
  420: 'Asia/Jakarta',
  480: 'Asia/Makassar',
  540: 'Asia/Jayapura',
}

/** The editor's zone as their computer's clock says: WIB, WITA or WIT, else none. */
export const editorsZone = (): string | undefined => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
  if (INDONESIAN_TIMEZONES.some((option) => option.value === zone)) return zone
  return BY_UTC_OFFSET_MINUTES[-new Date().getTimezoneOffset()]
}

/**
 * Starts the schedule-publish dialog at the editor's own zone (an editor in Makassar schedules
 * in WITA) instead of the configured WIB; Payload reads one default zone from the config.
 */
export const EditorsTimezone = ({ children }: { children?: React.ReactNode }) => {
  const { config, setConfig } = useConfig()
  useEffect(() => {
    const zone = editorsZone()
    const timezones = config.admin.timezones
    if (!zone || !timezones || timezones.defaultTimezone === zone) return
    setConfig({
      ...config,
      admin: { ...config.admin, timezones: { ...timezones, defaultTimezone: zone } },
    })
  }, [config, setConfig])
  return <>{children}</>
}
