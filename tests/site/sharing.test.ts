import { existsSync } from 'node:fs'
import path from 'node:path'

import type { HTMLElement } from 'node-html-parser'
import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'

import { allFiles, page, siteDist, text } from '../helpers/site'

/** Every built HTML page, parsed once, keyed by its file. */
const pages = (() => {
  let cache: { file: string; doc: HTMLElement }[] | undefined
  return () =>
    (cache ??= [...allFiles()]
      .filter(({ file }) => file.endsWith('.html'))
      .map(({ file, text: html }) => ({ file, doc: parse(html) })))
})()

/** The built file that a URL of the site serves. */
const fileOf = (url: string) => {
  const { pathname } = new URL(url, 'http://site.test')
  return path.join(siteDist(), pathname.endsWith('/') ? `${pathname}index.html` : pathname)
}

const meta = (doc: HTMLElement, property: string) =>
  doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? ''

/** What a chat app shows for a pasted link, and what search engines read. */
describe('sharing and linking the built guide', () => {
  it('should give every page a description and the Open Graph tags a chat preview shows', () => {
    const missing = pages().flatMap(({ file, doc }) => {
      const values = {
        description: doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        'og:title': meta(doc, 'og:title'),
        'og:description': meta(doc, 'og:description'),
        'og:url': meta(doc, 'og:url'),
        'og:type': meta(doc, 'og:type'),
        'og:site_name': meta(doc, 'og:site_name'),
        'og:locale': meta(doc, 'og:locale'),
      }
      return Object.entries(values)
        .filter(([, value]) => value.trim().length === 0)
        .map(([name]) => `${file}: ${name}`)
    })
    expect(pages().length).toBeGreaterThan(1000)
    expect(missing).toEqual([])
  })

  it("should give every page an absolute canonical URL that is the page's own address", () => {
    const wrong = pages().flatMap(({ file, doc }) => {
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ''
      const own = `/${file}`.replace(/index\.html$/, '')
      const ok =
        /^https?:\/\//.test(canonical) &&
        new URL(canonical).pathname === own &&
        meta(doc, 'og:url') === canonical
      return ok ? [] : [`${file}: ${canonical}`]
    })
    expect(wrong).toEqual([])
  })

  it('should point hreflang alternates and the language switch only to pages that exist', () => {
    const dead = pages().flatMap(({ file, doc }) =>
      [
        ...doc.querySelectorAll('link[rel="alternate"][hreflang]'),
        ...doc.querySelectorAll('header a[hreflang]'),
      ]
        .map((link) => link.getAttribute('href') ?? '')
        .filter((href) => !existsSync(fileOf(href)))
        .map((href) => `${file} → ${href}`),
    )
    expect(dead).toEqual([])
    expect(page('/wilayah/kota-bandung/').querySelectorAll('link[hreflang]')).toHaveLength(2)
  })

  it('should never use the same id twice on a page', () => {
    const repeated = pages().flatMap(({ file, doc }) => {
      const ids = doc.querySelectorAll('[id]').map((el) => el.id)
      return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map(
        (id) => `${file}: #${id}`,
      )
    })
    expect(repeated).toEqual([])
  })

  it('should give every page a favicon from the guide itself', () => {
    const icons = new Set(
      pages().map(({ doc }) => doc.querySelector('link[rel="icon"]')?.getAttribute('href') ?? ''),
    )
    expect([...icons]).toEqual(['/favicon.svg'])
    expect(existsSync(fileOf('/favicon.svg'))).toBe(true)
  })
})

describe('the about page', () => {
  it('should be linked from the footer of every page, in its language', () => {
    const unlinked = pages()
      .filter(({ file }) => !file.startsWith('pagefind'))
      .filter(({ doc }) => {
        const english = doc.querySelector('html')?.getAttribute('lang') === 'en'
        const href = english ? '/en/tentang/' : '/tentang/'
        return !doc.querySelector(`footer a[href="${href}"]`)
      })
      .map(({ file }) => file)
    expect(unlinked).toEqual([])
  })

  it.each([
    ['/tentang/', 'Siapa menerbitkan apa', 'laporan media'],
    ['/en/tentang/', 'Who publishes what', 'news reports'],
  ])(
    'should say on %s who publishes what, where the lists come from, and what is not KPU’s',
    (url, heading, news) => {
      const main = page(url).querySelector('main')!
      expect(main.querySelectorAll('h2').map(text)).toContain(heading)
      const hosts = main
        .querySelectorAll('a[href]')
        .map((a) => new URL(a.getAttribute('href')!, 'http://site.test').host)
      expect(hosts).toEqual(
        expect.arrayContaining(['infopemilu.kpu.go.id', 'pilkada2024.kpu.go.id']),
      )
      expect(text(main)).toContain(news)
    },
  )

  it('should carry the MIT notice of the region data, as its licence requires', () => {
    const notice = text(page('/tentang/').querySelector('main pre'))
    expect(notice).toContain('Copyright (c) 2017-2025 Cahya DSN')
    expect(notice).toContain(
      'The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.',
    )
  })
})
