import type { Config, Field, Plugin } from 'payload'

const ERROR = './components/FieldRefusalError#FieldRefusalError'

/** The field types whose admin input shows a field error of its own. */
const INPUTS = new Set([
  'checkbox',
  'code',
  'date',
  'email',
  'json',
  'number',
  'point',
  'radio',
  'relationship',
  'richText',
  'select',
  'text',
  'textarea',
  'upload',
])

const withError = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (INPUTS.has(field.type)) {
      const admin = (field.admin ?? {}) as { components?: Record<string, unknown> }
      if (admin.components?.Error) return field
      return {
        ...field,
        admin: { ...admin, components: { ...admin.components, Error: ERROR } },
      } as Field
    }
    switch (field.type) {
      case 'array':
      case 'collapsible':
      case 'group':
      case 'row':
        return { ...field, fields: withError(field.fields) } as Field
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: withError(tab.fields) })),
        }
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: withError(block.fields) })),
        }
      default:
        return field
    }
  })

/**
 * Every input of the admin shows the refusal of a save on its field, drafts included
 * (components/FieldRefusalError): the hooks' specific Indonesian messages reach the field at
 * fault, not only the toast.
 */
export const fieldRefusalsShown: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: withError(collection.fields),
  })),
  globals: config.globals?.map((global) => ({ ...global, fields: withError(global.fields) })),
})
