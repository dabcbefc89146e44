/**
 * Finds a region by what a voter types: with or without "Kabupaten", "Kab.", "Kota" or
 * "Provinsi", with a typo of a letter or two, in another official spelling ("Pangkalpinang",
 * "Baubau", "Fakfak") or by a common name ("Jogja", "DKI Jakarta").
 *
 * A normaliser and an edit distance rather than a fuzzy-search library: the list is 552 short
 * names, what matters is folding spellings (spaces, hyphens, type words, nicknames) before
 * comparing, and this runs in the phone's browser, where MiniSearch or Fuse.js would add
 * 6 to 8 KB gzipped to do less of it.
 */

/** What the build ships for the search: every region's name, its province, and its slug. */
export type RegionSearchIndex = {
  /** Province names; regions refer to them by position. */
  provinces: string[]
  /** [name, province position or -1 for a province, slug when it is not the name's slug] */
  regions: [string, number, string?][]
}

export type RegionHit = { name: string; province: string | null; slug: string }

type Kind = 'kabupaten' | 'kota' | 'provinsi'

/** Words that say what kind of region a name is, as people type them. */
const KIND_WORDS: Record<string, Kind> = {
  kabupaten: 'kabupaten',
  kab: 'kabupaten',
  kabu: 'kabupaten',
  kota: 'kota',
  kot: 'kota',
  provinsi: 'provinsi',
  prov: 'provinsi',
  propinsi: 'provinsi',
}

/** Words of official names that nobody types, and the nicknames people use instead. */
const DROPPED = new Set(['administrasi', 'adm', 'daerah', 'khusus', 'ibukota', 'istimewa'])
const NICKNAMES: Record<string, string> = {
  dki: '',
  diy: 'yogyakarta',
  di: '',
  jogja: 'yogyakarta',
  yogya: 'yogyakarta',
  jogya: 'yogyakarta',
  jogjakarta: 'yogyakarta',
  djogjakarta: 'yogyakarta',
  jakut: 'jakarta utara',
  jaksel: 'jakarta selatan',
  jakbar: 'jakarta barat',
  jaktim: 'jakarta timur',
  jakpus: 'jakarta pusat',
}

/** Slug of a name, as the CMS makes it. */
export const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)

/** A name or a query as its kind and its core words, with spellings folded. */
export const parse = (text: string): { kind: Kind | null; core: string[] } => {
  let kind: Kind | null = null
  const core: string[] = []
  for (const word of words(text)) {
    if (KIND_WORDS[word] && !kind && core.length === 0) kind = KIND_WORDS[word]
    else if (word in NICKNAMES) core.push(...NICKNAMES[word]!.split(' ').filter(Boolean))
    else if (!DROPPED.has(word)) core.push(word)
  }
  return { kind, core }
}

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits), capped. */
export const distance = (a: string, b: string, cap = 3): number => {
  if (Math.abs(a.length - b.length) > cap) return cap + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1)
      row.push(value)
      best = Math.min(best, value)
    }
    if (best > cap) return cap + 1
    before = previous
    previous = row
  }
  return previous[b.length]!
}

/** Typos forgiven in a query of this many letters. */
const allowed = (length: number) => (length < 4 ? 0 : length < 6 ? 1 : 2)

/**
 * How far a region's core is from the query's, lower is closer; Infinity when it does not
 * match. Spaces and hyphens do not count ("Pangkal Pinang" is "Pangkalpinang").
 */
const score = (query: string, queryWords: string[], name: string, nameWords: string[]) => {
  if (name === query) return 0
  if (name.startsWith(query)) return 1 + (name.length - query.length) / 100
  // A later word of the name ("barat" in "Bandung Barat") or the start of one.
  const later = nameWords.slice(1).join('')
  if (queryWords.length === 1 && nameWords.slice(1).some((word) => word.startsWith(query)))
    return 2 + (later.length - query.length) / 100
  const typos = allowed(query.length)
  if (typos === 0) return Infinity
  const whole = distance(query, name, typos)
  if (whole <= typos) return 1.5 + whole
  // Typing on: a typo in the first letters of a longer name.
  if (query.length >= 4 && name.length > query.length) {
    const start = distance(query, name.slice(0, query.length), 1)
    if (start <= 1) return 3 + start
  }
  return Infinity
}

/** Prepares the index once; returns a function that finds the best matches for a query. */
export const regionFinder = (index: RegionSearchIndex) => {
  const entries = index.regions.map(([name, provinceAt, slug]) => {
    const { kind, core } = parse(name)
    return {
      hit: {
        name,
        province: provinceAt < 0 ? null : index.provinces[provinceAt]!,
        slug: slug ?? slugOf(name),
      },
      kind: provinceAt < 0 ? ('provinsi' as const) : kind,
      core: core.join(''),
      coreWords: core,
    }
  })
  return (query: string, limit = 8): RegionHit[] => {
    const { kind, core } = parse(query)
    const compact = core.join('')
    if (!compact) return []
    return entries
      .map((entry) => {
        let value = score(compact, core, entry.core, entry.coreWords)
        // "Kota Bandung" puts the city first, "Kab Bandung" the regency.
        if (kind) value += kind === entry.kind ? -0.25 : 0.5
        return { entry, value }
      })
      .filter(({ value }) => value < Infinity)
      .sort((a, b) => a.value - b.value || a.entry.hit.name.localeCompare(b.entry.hit.name))
      .slice(0, limit)
      .map(({ entry }) => entry.hit)
  }
}

/** The index that the build ships, from the regions of the content. */
export const regionSearchIndex = (
  regions: {
    id: string
    name: string
    slug: string
    type: string
    province?: { id: string } | null
  }[],
): RegionSearchIndex => {
  const provinces = regions.filter((r) => r.type === 'provinsi')
  const position = new Map(provinces.map((r, i) => [r.id, i]))
  return {
    provinces: provinces.map((r) => r.name),
    regions: regions.map((r) => {
      const at = r.province?.id ? (position.get(r.province.id) ?? -1) : -1
      return r.slug === slugOf(r.name) ? [r.name, at] : [r.name, at, r.slug]
    }),
  }
}

/** The letter under which the A-Z index lists a region: its name without "Kabupaten" or "Kota". */
export const indexLetter = (name: string) => {
  const { core } = parse(name)
  return (core[0] ?? name)[0]!.toUpperCase()
}

/** The name by which the A-Z index sorts a region. */
export const sortName = (name: string) => parse(name).core.join(' ')
