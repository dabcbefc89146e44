import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

/**
 * An anonymous reader who asks for drafts gets the published version instead: read access
 * already hides drafts, and without this the newest published version of a document that has a
 * newer draft would vanish from such a reader's results.
 */
export const publishedOnlyForAnonymous =
  <TSlug extends CollectionSlug>(): CollectionBeforeOperationHook<TSlug> =>
  ({ args, operation, req }) => {
    if (operation === 'read' && !req.user && 'draft' in args && args.draft) {
      return { ...args, draft: false }
    }
    return args
  }
