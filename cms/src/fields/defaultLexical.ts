import {
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  createServerFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { CollectionSlug } from 'payload'

/**
 * Collections that a rich-text link may point at. A linked document comes with the rich text
 * (at the read's depth), so cached answers with rich text depend on these collections too
 * (cache/dependencies.ts).
 */
export const INTERNAL_LINK_COLLECTIONS: CollectionSlug[] = ['guides', 'regions']

/** Ctrl+K (⌘K) opens the link drawer for the selected text (components/LinkShortcut). */
const LinkShortcutFeature = createServerFeature({
  feature: { ClientFeature: './components/LinkShortcut#LinkShortcutFeatureClient' },
  key: 'linkShortcut',
})

const features = (linkTo: CollectionSlug[]) => [
  FixedToolbarFeature(),
  InlineToolbarFeature(),
  ParagraphFeature(),
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3'] }),
  BoldFeature(),
  ItalicFeature(),
  UnorderedListFeature(),
  OrderedListFeature(),
  // The site links a guide or a region by its slug (site/src/lib/routes.ts): the linked
  // document itself is enough, not what it points at. No collections: URLs only.
  LinkFeature({ enabledCollections: linkTo, maxDepth: 1 }),
  LinkShortcutFeature(),
]

/**
 * The rich-text editor for everything voters read: headings, paragraphs, lists, emphasis and
 * links (to a guide, a region or a URL; button or Ctrl+K), with a toolbar above the text and one
 * beside a selection. No embeds, no raw HTML: the static guide renders these nodes and nothing
 * else.
 */
export const defaultLexical = lexicalEditor({ features: features(INTERNAL_LINK_COLLECTIONS) })

/**
 * The same editor with links to URLs only, for a pair's vision and mission: the pair's own
 * statements, which link to no guide. So a cached answer about pairs does not depend on the
 * guides and regions (cache/dependencies.ts), and a guide's publish leaves it in place.
 */
export const statementLexical = lexicalEditor({ features: features([]) })

/** The collections whose rich text is written with `statementLexical` only. */
export const WITHOUT_INTERNAL_LINKS: CollectionSlug[] = ['candidates']
