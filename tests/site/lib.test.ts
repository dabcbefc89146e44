import { describe, expect, it } from 'vitest'

import { formatDate, standing } from '@pilkada/site/lib/dates'
import { escapeText, foldLine } from '@pilkada/site/lib/ical'
import { internalLinkPath } from '@pilkada/site/lib/routes'
import { renderRichText, safeHref } from '@pilkada/shared/richText'
import { sourceLabels, validateSource } from '@pilkada/shared/sources'

describe('links in rich text', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    ' //evil.example',
    'https:evil.example',
    'https:///evil.example',
    'https:\\\\evil.example',
    'evil.example',
  ])('should drop %j', (url) => {
    expect(safeHref(url)).toBeNull()
  })

  it.each([
    'https://cekdptonline.kpu.go.id',
    'http://example.org/a?b=1',
    'mailto:a@b.id',
    'tel:+62211',
    '/wilayah/',
    '#isi',
  ])('should keep %j', (url) => {
    expect(safeHref(url)).toBe(url)
  })

  it('should keep the text of a link it drops, and escape attribute quotes in one it keeps', () => {
    const html = renderRichText({
      root: {
        children: [
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                fields: { url: 'javascript:x' },
                children: [{ type: 'text', text: 'klik' }],
              },
              {
                type: 'link',
                fields: { url: 'https://a.id/"onmouseover="x' },
                children: [{ type: 'text', text: 'a' }],
              },
            ],
          },
        ],
      },
    })
    expect(html).toBe(
      '<p>klik<a href="https://a.id/&quot;onmouseover=&quot;x" rel="noopener">a</a></p>',
    )
  })
})

describe('links to guides and regions in rich text', () => {
  /** A paragraph with one link, as the editor's link button stores it. */
  const withLink = (fields: Record<string, unknown>) => ({
    root: {
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'link', fields, children: [{ type: 'text', text: 'baca' }] }],
        },
      ],
    },
  })
  const internal = (relationTo: string, value: unknown) =>
    withLink({ linkType: 'internal', newTab: false, doc: { relationTo, value } })

  it.each([
    ['id', 'guides', '/panduan/cara-memilih/'],
    ['en', 'guides', '/en/panduan/cara-memilih/'],
    ['id', 'regions', '/wilayah/kota-bandung/'],
    ['en', 'regions', '/en/wilayah/kota-bandung/'],
  ] as const)('should link a %s page to the %s page it points at', (locale, relationTo, href) => {
    const slug = relationTo === 'guides' ? 'cara-memilih' : 'kota-bandung'
    const html = renderRichText(internal(relationTo, { id: 7, slug }), {
      internalLinkPath: internalLinkPath(locale),
    })
    expect(html).toBe(`<p><a href="${href}" rel="noopener">baca</a></p>`)
  })

  it.each([
    ['a guide that readers may not see (its id only)', internal('guides', 7)],
    ['a deleted guide', internal('guides', null)],
    ['a document without a page', internal('media', { id: 7, slug: 'foto' })],
  ])('should keep only the text of a link to %s', (_, value) => {
    expect(renderRichText(value, { internalLinkPath: internalLinkPath('id') })).toBe('<p>baca</p>')
  })
})

describe('sources', () => {
  it("should show a source as its outlet and date in the reader's language, linked", () => {
    const value =
      'Kompas, 2024-09-23: https://www.kompas.com/a?b=1\nSumbar19, ~2025-03-04: https://sumbar19.com/x'
    expect(sourceLabels(value, 'id')).toEqual([
      { label: 'Kompas, 23 September 2024', href: 'https://www.kompas.com/a?b=1' },
      { label: 'Sumbar19, sekitar 4 Maret 2025', href: 'https://sumbar19.com/x' },
    ])
    expect(sourceLabels(value, 'en')[0]?.label).toBe('Kompas, 23 September 2024')
    expect(sourceLabels('Harian, ~2025-05: https://a.id/b', 'en')).toEqual([
      { label: 'Harian, May 2025', href: 'https://a.id/b' },
    ])
  })

  it('should name a source by its host when the line names nothing', () => {
    expect(sourceLabels('https://www.kompas.com/a', 'id')).toEqual([
      { label: 'www.kompas.com', href: 'https://www.kompas.com/a' },
    ])
  })

  it.each(['Kompas https://[x', 'https://x', 'https://a.id lihat hlm. 3', 'Kompas https:///a.id'])(
    'should give %j back as plain text, and refuse it with an example',
    (line) => {
      expect(sourceLabels(line, 'id')).toEqual([{ label: line, href: null }])
      expect(validateSource(line)).toBe(
        `Tautan pada sumber "${line}" tidak dapat dibuka. Tulis alamat lengkap di akhir baris, satu tautan per baris. Contoh: "Kompas, 23-09-2024: https://www.kompas.com/…" atau "PKPU 17/2024 pasal 9".`,
      )
    },
  )

  it('should accept one source a line, links and document references, whatever the line breaks', () => {
    expect(validateSource('PKPU 2/2024\r\nhttps://jdih.kpu.go.id/x\rTempo')).toBe(true)
  })

  it.each(['lihat', 'Lihat', 'sumber:', 'internet'])(
    'should refuse the one-word source %j with an example of a source',
    (line) => {
      expect(validateSource(line)).toBe(
        `Sumber "${line}" terlalu singkat untuk dikenali. Tulis nama media atau dokumennya beserta tanggal, nomor atau tautannya. Contoh: "Kompas, 23-09-2024: https://www.kompas.com/…" atau "PKPU 17/2024 pasal 9".`,
      )
    },
  )
})

describe('the iCal feed', () => {
  it('should escape every kind of line break and the separators in a text', () => {
    expect(escapeText('a;b,c\\d\r\ne\rf\ng\u0000')).toBe('a\\;b\\,c\\\\d\\ne\\nf\\ng')
  })

  it('should fold a long line at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`
    const folded = foldLine(line).split('\r\n')
    const octets = folded.map((part) => new TextEncoder().encode(part).length)
    expect(Math.max(...octets)).toBeLessThanOrEqual(75)
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line)
  })
})

describe('where the election stands', () => {
  const stages = [
    {
      key: 'kampanye',
      name: 'Masa kampanye',
      start: '2024-09-25T05:00:00.000Z',
      end: '2024-11-23T05:00:00.000Z',
    },
    {
      key: 'masa_tenang',
      name: 'Masa tenang',
      start: '2024-11-24T05:00:00.000Z',
      end: '2024-11-26T05:00:00.000Z',
    },
    {
      key: 'pemungutan_suara',
      name: 'Pemungutan suara',
      start: '2024-11-27T05:00:00.000Z',
      end: '2024-11-27T05:00:00.000Z',
    },
  ]
  const voting = '2024-11-27T05:00:00.000Z'

  it('should count days to voting day by the calendar in WIB, not by hours', () => {
    // 23.30 WIB on 26 November is the day before voting day.
    const eve = standing(stages, voting, new Date('2024-11-26T16:30:00.000Z'))
    expect(eve.daysToVoting).toBe(1)
    expect(eve.current.map((s) => s.key)).toEqual(['masa_tenang'])
    expect(eve.next?.key).toBe('pemungutan_suara')
    // 00.30 WIB on 27 November is voting day, though it is still the 26th in UTC.
    const day = standing(stages, voting, new Date('2024-11-26T17:30:00.000Z'))
    expect(day.daysToVoting).toBe(0)
    expect(day.current.map((s) => s.key)).toEqual(['pemungutan_suara'])
  })

  it('should say when every stage has ended', () => {
    const later = standing(stages, voting, new Date('2026-11-21T03:00:00.000Z'))
    expect(later.finished).toBe(true)
    expect(later.current).toEqual([])
    expect(later.daysToVoting).toBe(-724)
  })

  it('should write dates as voters read them', () => {
    expect(formatDate(voting, 'id', true)).toBe('Rabu, 27 November 2024')
    expect(formatDate(voting, 'en', true)).toBe('Wednesday, 27 November 2024')
  })
})
