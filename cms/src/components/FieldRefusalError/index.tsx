'use client'

import { FieldError, useFormFields, useFormProcessing } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Refusal = { message: string; value: string }

/**
 * A field's error, kept in view after a refused draft save. Payload shows field errors only once a
 * form was submitted; a refused draft save leaves the form unsubmitted, and its next form-state
 * request (made unvalidated) marks the field valid again within a moment. So a hook's refusal of a
 * draft (a ballot number already taken, a slug in use) would reach the toast only. This shows the
 * server's message on the field until the editor changes the value or saves again.
 */
export const FieldRefusalError = ({ path }: { path: string }) => {
  const field = useFormFields(([fields]) => fields?.[path])
  const processing = useFormProcessing()
  const [refusal, setRefusal] = useState<null | Refusal>(null)
  const value = JSON.stringify(field?.value ?? null)
  const refusedMessage = field?.valid === false ? field.errorMessage : undefined

  // Remembered with the value it concerns (the value when the answer came), not followed after.
  useEffect(() => {
    if (processing) setRefusal(null)
    else if (refusedMessage) setRefusal({ message: refusedMessage, value })
  }, [processing, refusedMessage])

  const shown = refusal && refusal.value === value ? refusal.message : undefined
  return <FieldError message={shown} path={path} showError={Boolean(shown)} />
}
