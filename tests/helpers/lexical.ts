/** A Lexical text node. */
export const lexicalText = (text: string) => ({
  type: 'text',
  text,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

/** A Lexical paragraph node holding `children` (text or link nodes). */
export const lexicalParagraphNode = (children: Record<string, unknown>[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children,
})

/** A Lexical rich-text value of paragraphs, each given as its nodes. */
export const lexicalRoot = (paragraphs: Record<string, unknown>[][]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: paragraphs.map(lexicalParagraphNode),
  },
})

/** A Lexical rich-text value holding one paragraph of plain text. */
export const lexicalParagraph = (text: string) => lexicalRoot([[lexicalText(text)]])
