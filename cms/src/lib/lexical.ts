/**
 * Builds Lexical rich-text JSON from a few plain blocks, so that seed content is written as
 * text. Inline links use Markdown's form: "[cekdptonline.kpu.go.id](https://cekdptonline.kpu.go.id)".
 */
export type Block = { h2: string } | { ol: string[] } | { p: string } | { ul: string[] }

const base = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

type LexicalNode = { type: string; version: number; [key: string]: unknown }
/** The shape of a Lexical field's value, as the generated types describe it. */
export type LexicalValue = {
  root: {
    type: string
    children: LexicalNode[]
    direction: 'ltr' | 'rtl' | null
    format: '' | 'center' | 'end' | 'justify' | 'left' | 'right' | 'start'
    indent: number
    version: number
  }
}

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|\*\*([^*]+)\*\*/g

const inline = (value: string) => {
  const nodes: Record<string, unknown>[] = []
  let last = 0
  for (const match of value.matchAll(LINK)) {
    if (match.index > last) nodes.push(text(value.slice(last, match.index)))
    if (match[3] !== undefined) {
      nodes.push(text(match[3], 1))
    } else {
      nodes.push({
        ...base,
        type: 'link',
        version: 3,
        fields: { url: match[2], newTab: false, linkType: 'custom' },
        children: [text(match[1] as string)],
      })
    }
    last = match.index + match[0].length
  }
  if (last < value.length) nodes.push(text(value.slice(last)))
  return nodes
}

const list = (items: string[], ordered: boolean) => ({
  ...base,
  type: 'list',
  listType: ordered ? 'number' : 'bullet',
  start: 1,
  tag: ordered ? 'ol' : 'ul',
  children: items.map((item, index) => ({
    ...base,
    type: 'listitem',
    value: index + 1,
    children: inline(item),
  })),
})

const block = (value: Block): LexicalNode => {
  if ('h2' in value) return { ...base, type: 'heading', tag: 'h2', children: inline(value.h2) }
  if ('ul' in value) return list(value.ul, false)
  if ('ol' in value) return list(value.ol, true)
  return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: inline(value.p) }
}

export const lexical = (blocks: Block[]): LexicalValue => ({
  root: { ...base, type: 'root', children: blocks.map(block) },
})
