import type { Field, SanitizedConfig } from 'payload'

/**
 * Payload's saved-filter collection (`payload-query-presets`) is added when the config is
 * sanitized, with English labels written into its fields ("Filters", "Group By", "Everyone",
 * "Only Me", "Specific Users") rather than translation keys; the queryPresets option offers no
 * way to name them. The drawer and the sharing form show these labels, so they get both
 * languages here, after sanitizing.
 */
const FIELD_LABELS: Record<string, { id: string; en: string }> = {
  title: { id: 'Nama filter', en: 'Title' },
  isShared: { id: 'Dibagikan', en: 'Shared' },
  access: { id: 'Pengaturan berbagi', en: 'Sharing settings' },
  where: { id: 'Filter', en: 'Filters' },
  columns: { id: 'Kolom', en: 'Columns' },
  groupBy: { id: 'Kelompokkan menurut', en: 'Group by' },
  users: { id: 'Akun tertentu', en: 'Specific accounts' },
}

const OPERATION_LABELS: Record<string, { id: string; en: string }> = {
  read: { id: 'Melihat', en: 'Read' },
  update: { id: 'Mengubah', en: 'Update' },
  delete: { id: 'Menghapus', en: 'Delete' },
}

const CONSTRAINT_QUESTIONS: Record<string, { id: string; en: string }> = {
  read: { id: 'Siapa yang boleh melihat filter ini', en: 'Who may use this filter' },
  update: { id: 'Siapa yang boleh mengubah filter ini', en: 'Who may change this filter' },
  delete: { id: 'Siapa yang boleh menghapus filter ini', en: 'Who may delete this filter' },
}

const CONSTRAINT_OPTIONS: Record<string, { id: string; en: string }> = {
  everyone: { id: 'Semua akun', en: 'Everyone' },
  onlyMe: { id: 'Hanya saya', en: 'Only me' },
  specificUsers: { id: 'Akun tertentu', en: 'Specific accounts' },
}

const relabel = (fields: Field[], operation?: string) => {
  for (const field of fields) {
    if (field.type === 'collapsible') {
      // One collapsible per operation, each holding the group named after it.
      const group = field.fields.find((f) => 'name' in f && OPERATION_LABELS[f.name])
      const name = group && 'name' in group ? group.name : undefined
      if (name) field.label = OPERATION_LABELS[name]
      relabel(field.fields, name)
      continue
    }
    if (!('name' in field)) continue
    if (field.name === 'constraint' && field.type === 'select' && operation) {
      field.label = CONSTRAINT_QUESTIONS[operation] ?? field.label
      field.options = field.options.map((option) =>
        typeof option === 'object' && CONSTRAINT_OPTIONS[option.value]
          ? { ...option, label: CONSTRAINT_OPTIONS[option.value] }
          : option,
      )
    } else if (FIELD_LABELS[field.name] && field.label !== false) {
      field.label = FIELD_LABELS[field.name]
    }
    if (field.type === 'group')
      relabel(field.fields, OPERATION_LABELS[field.name] ? field.name : operation)
  }
}

export const labelQueryPresets = (config: SanitizedConfig): SanitizedConfig => {
  const presets = config.collections.find((c) => c.slug === 'payload-query-presets')
  if (presets) relabel(presets.fields)
  return config
}
