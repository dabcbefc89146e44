import { describe, expect, it } from 'vitest'

import { formatDate, standing } from '@pilkada/site/lib/dates'
import { renderRichText, safeHref } from '@pilkada/shared/richText'

describe('links in rich text', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/',
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
