import type {
  Config,
  DateField,
  Field,
  FieldHook,
  Plugin,
  RichTextField,
  TextareaField,
  TextField,
} from 'payload'
import { date, richText, text, textarea } from 'payload/shared'

import { dateProblem, richTextProblem, TEXT_LIMITS, textProblem } from '../fields/inputRules'
import { fieldError, type Label } from '../lib/validationError'

/**
 * Applies the rules of fields/inputRules.ts to every text, textarea, rich-text and date field of
 * every collection and global, so that no field is forgotten. The rule runs twice by design: as
 * the field's `validate` (shown in the admin form as the editor types) and as a `beforeValidate`
 * hook, because Payload skips `validate` when a draft is saved and a draft is stored all the same.
 */

/** Written by the CMS itself, never by an editor's form: a log must not fail to be written. */
const SYSTEM_WRITTEN = new Set(['audit-log', 'site-build-status'])

const DEFAULT_VALIDATE = { date, richText, text, textarea } as const

type Problem = (value: unknown) => null | string

const refuseOnSave =
  (problem: Problem, label: false | Label | undefined): FieldHook =>
  ({ collection, global, path, req, value }) => {
    const message = problem(value)
    if (message) {
      throw fieldError(req, {
        collection: collection?.slug,
        global: global?.slug,
        path: (path ?? []).join('.'),
        label: label || undefined,
        message,
      })
    }
    return value
  }

const withRule = (
  field: DateField | RichTextField | TextareaField | TextField,
  problem: Problem,
): Field => {
  const own = field.validate as ((...args: unknown[]) => unknown) | undefined
  const fallback = DEFAULT_VALIDATE[field.type] as (...args: unknown[]) => unknown
  return {
    ...field,
    validate: (value: unknown, options: unknown) =>
      problem(value) ?? (own ?? fallback)(value, options),
    hooks: {
      ...field.hooks,
      beforeValidate: [refuseOnSave(problem, field.label), ...(field.hooks?.beforeValidate ?? [])],
    },
  } as Field
}

const applyRules = (fields: Field[]): Field[] =>
  fields.map((field) => {
    switch (field.type) {
      case 'text':
      case 'textarea': {
        const maxLength = field.maxLength ?? TEXT_LIMITS[field.type]
        return withRule({ ...field, maxLength } as TextareaField | TextField, (value) =>
          textProblem(value, maxLength),
        )
      }
      case 'richText':
        return withRule(field, richTextProblem)
      case 'date':
        return withRule(field, dateProblem)
      case 'array':
      case 'collapsible':
      case 'group':
      case 'row':
        return { ...field, fields: applyRules(field.fields) } as Field
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: applyRules(tab.fields) })),
        }
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: applyRules(block.fields) })),
        }
      default:
        return field
    }
  })

export const inputRules: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    SYSTEM_WRITTEN.has(collection.slug)
      ? collection
      : { ...collection, fields: applyRules(collection.fields) },
  ),
  globals: config.globals?.map((global) =>
    SYSTEM_WRITTEN.has(global.slug) ? global : { ...global, fields: applyRules(global.fields) },
  ),
})
