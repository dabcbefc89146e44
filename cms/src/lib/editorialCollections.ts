/**
 * The collections of the editorial workflow (collections/editorialWorkflow.ts): reviewed,
 * published by a publisher, reverted with a reason through `POST /api/<slug>/<id>/revert`.
 */
export const EDITORIAL_COLLECTIONS = [
  'elections',
  'candidates',
  'stages',
  'guides',
  'faqs',
  'fact-checks',
] as const
