/**
 * Renders the CMS's Lexical rich text to HTML that cannot run script. It knows a fixed set of
 * nodes (paragraphs, headings, lists, links, line breaks, text with bold/italic/underline/code)
 * and escapes every text; anything else is reduced to its text. Links keep only http(s),
 * mailto, tel and same-site addresses, so `javascript:` and event attributes cannot get through;
 * a link to a CMS document leads where `internalLinkPath` says, or is left as text.
 */
type Node = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  children?: Node[]
  fields?: {
    url?: string
    newTab?: boolean
    linkType?: string
    doc?: { relationTo?: string; value?: unknown } | null
  }
  url?: string
}

/**
 * Where an internal link (to a document of the CMS) leads on the site, or null when it leads
 * nowhere there: the linked document comes populated with the rich text when readers may see it,
 * as an id when they may not (a draft, a deleted guide).
 */
export type InternalLinkPath = (relationTo: string, doc: Record<string, unknown>) => null | string

export type RenderOptions = { internalLinkPath?: InternalLinkPath }

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string)

/**
 * A link target that is safe to put in href, or null: an http(s) address, mailto:, tel:, a
 * fragment, or a path on this site. Browsers drop tabs and newlines inside a URL and read a
 * backslash as "/", so "/\\evil.example" and "/\t/evil.example" lead to another site, and
 * "java\tscript:" is a scheme: control characters, and backslashes outside a fragment, are refused.
 */
export const safeHref = (url: unknown): null | string => {
  if (typeof url !== 'string') return null
  const trimmed = url.trim()
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(trimmed)) return null
  if (trimmed.startsWith('#')) return trimmed
  if (trimmed.includes('\\')) return null
  if (/^(https?:\/\/[^/]|mailto:|tel:)/i.test(trimmed)) return trimmed
  return /^\/(?!\/)/.test(trimmed) ? trimmed : null
}

const FORMAT_BOLD = 1
const FORMAT_ITALIC = 2
const FORMAT_UNDERLINE = 8
const FORMAT_CODE = 16

const renderText = (node: Node) => {
  let html = escapeHtml(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & FORMAT_CODE) html = `<code>${html}</code>`
  if (format & FORMAT_UNDERLINE) html = `<u>${html}</u>`
  if (format & FORMAT_ITALIC) html = `<em>${html}</em>`
  if (format & FORMAT_BOLD) html = `<strong>${html}</strong>`
  return html
}

const children = (node: Node, depth: number, options: RenderOptions): string =>
  (node.children ?? []).map((child) => render(child, depth + 1, options)).join('')

const linkTarget = (node: Node, options: RenderOptions): null | string => {
  if (node.fields?.linkType !== 'internal') return safeHref(node.fields?.url ?? node.url)
  const { relationTo, value } = node.fields.doc ?? {}
  if (!relationTo || !value || typeof value !== 'object') return null
  return safeHref(options.internalLinkPath?.(relationTo, value as Record<string, unknown>))
}

const HEADINGS = new Set(['h2', 'h3', 'h4'])

const render = (node: Node, depth: number, options: RenderOptions): string => {
  if (depth > 50) return ''
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'paragraph':
      return `<p>${children(node, depth, options)}</p>`
    case 'heading': {
      // The page has its own h1: a heading in the body is at least an h2.
      const tag = HEADINGS.has(node.tag ?? '') ? (node.tag as string) : 'h2'
      return `<${tag}>${children(node, depth, options)}</${tag}>`
    }
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${children(node, depth, options)}</${tag}>`
    }
    case 'listitem':
      return `<li>${children(node, depth, options)}</li>`
    case 'quote':
      return `<blockquote>${children(node, depth, options)}</blockquote>`
    case 'link':
    case 'autolink': {
      // A link that leads nowhere on the site keeps its text, never a broken link.
      const href = linkTarget(node, options)
      const inner = children(node, depth, options)
      return href ? `<a href="${escapeHtml(href)}" rel="noopener">${inner}</a>` : inner
    }
    default:
      return children(node, depth, options)
  }
}

/** HTML for a Lexical value (`{ root: … }`); empty for anything else. */
export const renderRichText = (value: unknown, options: RenderOptions = {}): string => {
  const root = (value as { root?: Node } | null)?.root
  return root ? children(root, 0, options) : ''
}

/** The plain text of a Lexical value, for summaries and search. */
export const richTextToPlain = (value: unknown): string => {
  const walk = (node: Node): string =>
    node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(walk).join(' ')
  const root = (value as { root?: Node } | null)?.root
  return root ? walk(root).replace(/\s+/g, ' ').trim() : ''
}
