import type { GlobalBeforeChangeHook, GlobalBeforeOperationHook } from 'payload'

import { editorOf, isPublisher } from '../access/roles'
import { refuse } from '../lib/refuse'
import { classify, noteDraft } from './editorial'

/** Remembers whether an update of the settings saves a draft (hooks further on cannot tell). */
export const rememberSettingsDraft: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update') noteDraft(req, 'site-settings', (args as { draft?: boolean }).draft)
  return args
}

/**
 * Publishing or unpublishing the site settings is a publisher's act, and not of a change of
 * their own: a draft saved by a contributor is published by a publisher.
 */
export const siteSettingsGuard: GlobalBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const user = editorOf(req)
  if (!user || req.context.seeding) return data
  const { publishing, unpublishing } = classify('site-settings', req, data, originalDoc)
  if ((publishing || unpublishing) && !isPublisher(user)) {
    throw refuse('Hanya penerbit yang dapat menerbitkan pengaturan situs. Simpan sebagai draf.')
  }
  if (publishing) {
    const { docs } = await req.payload.findGlobalVersions({
      slug: 'site-settings',
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const lastEditor = (docs[0]?.version as { lastEditedBy?: unknown } | undefined)?.lastEditedBy
    if (lastEditor && String(lastEditor) === String(user.id)) {
      throw refuse(
        'Anda tidak dapat menerbitkan perubahan yang Anda buat sendiri. Penerbit lain meninjau dan menerbitkannya.',
      )
    }
    return data
  }
  data.lastEditedBy = user.id
  return data
}
