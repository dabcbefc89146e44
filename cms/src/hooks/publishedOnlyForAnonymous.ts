import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

/**
 * An anonymous reader who asks for drafts gets the published version instead: read access
 * already hides drafts, and without this the newest published version of a document that has a
 * newer draft would vanish from such a reader's results.
 */
export const publishedOnlyForAnonymous =
  <TSlug extends CollectionSlug>(): CollectionBeforeOperationHook<TSlug> =>
  ({ args, operation, req }) => {
    // The Local API without access control (the seed, the CMS's own hooks) reads drafts freely.
    const checked = !('overrideAccess' in args && args.overrideAccess === true)
    if (operation === 'read' && checked && !req.user && 'draft' in args && args.draft) {
      return { ...args, draft: false }
    }
    return args
  }
