import {
  Kind,
  TypeInfo,
  getNamedType,
  isLeafType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
} from 'graphql'
import { formatNames, toWords, type SanitizedConfig } from 'payload'

import { INTERNAL_LINK_COLLECTIONS, WITHOUT_INTERNAL_LINKS } from '../fields/defaultLexical'
import { schemaOf } from '../graphql/execute'

/**
 * What a cached public read depends on, so that a publish empties only the answers that it can
 * change (cache/publicReads.ts). A publish of a guide must not throw away the answers about
 * 1,557 candidate pairs: reading them again is what made a publish slow to reach the guide.
 *
 * Content is grouped by what a change touches besides itself. Regions, races and pairs are one
 * group: publishing a pair derives its race's count of pairs and single-pair flag (without a
 * change signal of its own), a pair's title names its race and region, and joins list a
 * region's races and a race's pairs. Every other collection and global is a group of its own;
 * a read that embeds another collection's documents (a pair's photo) depends on both.
 *
 * When in doubt, a read depends on everything (ALL): a sort that may follow a relation, a type
 * that belongs to no public collection, a REST read that populates relations or filters across
 * one. A GraphQL filter (`where`) cannot follow a relation: its input type lists the collection's
 * own fields, and a relationship field compares ids, so it depends on what the field's type does.
 */
export const ALL = '*'

const RACE = 'race'
const GROUP_OF: Record<string, string> = {
  regions: RACE,
  elections: RACE,
  candidates: RACE,
}

/** The group whose answers a change of `slug` (a collection or a global) makes stale. */
export const groupOf = (slug: string) => GROUP_OF[slug] ?? slug

type Names = Map<string, string>

/**
 * GraphQL type names of each collection and global, named as @payloadcms/graphql names them: a
 * document type (`Candidate`), its list (`Candidates`), and the types of its groups and arrays,
 * which carry the document's name before an underscore (`Media_Sizes_Thumbnail`).
 */
export const graphQLNames = (config: SanitizedConfig): Names => {
  const names: Names = new Map()
  for (const collection of config.collections) {
    const graphQL = collection.graphQL
    if (graphQL === false) continue
    const fromSlug = formatNames(collection.slug)
    const singular = graphQL?.singularName ? toWords(graphQL.singularName, true) : fromSlug.singular
    let plural = graphQL?.pluralName ? toWords(graphQL.pluralName, true) : fromSlug.plural
    if (singular === plural) plural = `all${singular}`
    names.set(singular, collection.slug)
    names.set(plural, collection.slug)
  }
  for (const global of config.globals) {
    if (global.graphQL === false) continue
    names.set(global.graphQL?.name ?? formatNames(global.slug).singular, global.slug)
  }
  return names
}

let namesOf: null | Promise<Names> = null

/** The public schema, as the GraphQL endpoint executes it, and its type names. */
const publicSchema = async (config: Promise<SanitizedConfig>) => ({
  schema: (await schemaOf(config)).schema,
  names: await (namesOf ??= config.then(graphQLNames)),
})

const PUBLIC_WITHOUT_SIGNAL = new Set(['users'])

/**
 * The groups that the answer to `document` may show: the group of every type that its
 * selections reach. ALL when it sorts by a variable or a relation's field, or reaches a type of
 * no public collection (counts, access, versions, accounts).
 */
export const graphqlDependencies = async (
  config: Promise<SanitizedConfig>,
  document: DocumentNode,
): Promise<string[]> => {
  const { schema, names } = await publicSchema(config)
  const typeInfo = new TypeInfo(schema)
  const groups = new Set<string>()
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const name = node.name.value
        const sortsOnItself =
          name === 'sort' && node.value.kind === Kind.STRING && !node.value.value.includes('.')
        if (name === 'sort' && !sortsOnItself) groups.add(ALL)
      },
      Field(node) {
        if (node.name.value === '__typename') return
        const type = typeInfo.getType()
        if (!type) {
          groups.add(ALL) // a field the schema does not know: Payload answers with an error
          return
        }
        const named = getNamedType(type)
        // Rich text (JSON read at a depth) brings the documents that its links point at.
        if (isLeafType(named)) {
          const richText = typeInfo.getFieldDef()?.args.some((arg) => arg.name === 'depth')
          const owner = names.get(typeInfo.getParentType()?.name.split('_')[0] ?? '')
          const links = !owner || !WITHOUT_INTERNAL_LINKS.includes(owner as never)
          if (richText && links) {
            for (const slug of INTERNAL_LINK_COLLECTIONS) groups.add(groupOf(slug))
          }
          return
        }
        const slug = names.get(named.name.split('_')[0]!)
        if (!slug || PUBLIC_WITHOUT_SIGNAL.has(slug)) groups.add(ALL)
        else groups.add(groupOf(slug))
      },
    }),
  )
  if (!document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) groups.add(ALL)
  return groups.has(ALL) ? [ALL] : [...groups].sort()
}

/**
 * The groups that an anonymous REST read (`/api/<collection>[/<id>]`, `/api/globals/<slug>`)
 * may show: its own with `depth=0` and no filter or sort on a relation; else everything,
 * since populated relations may come from any collection.
 */
export const restDependencies = (pathname: string, params: URLSearchParams): string[] => {
  const slug = pathname.match(/^\/api\/(?:globals\/)?([^/]+)/)?.[1]
  const related = [...params].some(
    ([name, value]) => (name.startsWith('where') || name === 'sort') && /\./.test(name + value),
  )
  if (!slug || params.get('depth') !== '0' || related) return [ALL]
  return [groupOf(slug)]
}
