import type { Payload } from 'payload'
import React from 'react'

import { relationId } from '../../lib/relationId'

import './index.scss'

/**
 * An editor's name, read past access control: an editor may not read other accounts, and would
 * otherwise see a colleague as a bare id.
 */
const nameOf = async (payload: Payload, value: unknown) => {
  const id = relationId(value as never)
  if (!id) return null
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    select: { name: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.name ?? 'Akun yang sudah dihapus'
}

type Label = string | Record<string, string> | false | undefined

const labelText = (label: Label) =>
  typeof label === 'string' ? label : label ? (label.id ?? Object.values(label)[0]) : ''

/** The read-only sidebar field of a person (who submitted, last edited or published). */
export const PersonField = async ({
  field,
  payload,
  value,
}: {
  field: { name: string; label?: Label }
  payload: Payload
  value?: unknown
}) => {
  const name = await nameOf(payload, value)
  return (
    <div className="field-type person-field" data-person-field={field.name}>
      <span className="field-label">{labelText(field.label)}</span>
      <p className="person-field__name">{name ?? '—'}</p>
    </div>
  )
}

/** The same person in a list column. */
export const PersonCell = async ({
  cellData,
  payload,
}: {
  cellData?: unknown
  payload: Payload
}) => <span data-person-cell>{(await nameOf(payload, cellData)) ?? '—'}</span>
