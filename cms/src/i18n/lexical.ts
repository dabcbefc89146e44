/**
 * Indonesian for the rich-text editor: @payloadcms/richtext-lexical ships no Indonesian, so the
 * admin showed its keys ("lexical:general:placeholder"). Only the features that the editor
 * offers (fields/defaultLexical.ts) are translated.
 */
export const lexicalIndonesian = {
  lexical: {
    general: {
      placeholder: 'Mulai mengetik, atau tekan "/" untuk perintah…',
      slashMenuBasicGroupLabel: 'Dasar',
      slashMenuListGroupLabel: 'Daftar',
      toolbarItemsActive: '{{count}} aktif',
    },
    paragraph: { label: 'Paragraf', label2: 'Teks biasa' },
    heading: { label: 'Judul {{headingLevel}}' },
    unorderedList: { label: 'Daftar berpoin' },
    orderedList: { label: 'Daftar bernomor' },
    link: { label: 'Tautan', loadingWithEllipsis: 'Memuat…' },
  },
}
