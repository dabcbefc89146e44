import {
  GraphQLError,
  Kind,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  valueFromASTUntyped,
  type ExecutionArgs,
  type FieldNode,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

/** The limits of the public GraphQL API; each can be set by an environment variable. */
export const LIMITS = {
  maxDepth: Number(process.env.GRAPHQL_MAX_DEPTH || 12),
  maxAliases: Number(process.env.GRAPHQL_MAX_ALIASES || 20),
  maxLimit: Number(process.env.GRAPHQL_MAX_LIMIT || 500),
  maxCost: Number(process.env.GRAPHQL_MAX_COST || 1_000_000),
  /** Documents counted for a list whose query names no `limit` (Payload's default page). */
  defaultLimit: 10,
}

const refuse = (context: ValidationContext, message: string, node?: FieldNode) =>
  context.reportError(
    new GraphQLError(message, {
      nodes: node ? [node] : undefined,
      extensions: { code: 'QUERY_LIMIT' },
    }),
  )

const argument = (node: FieldNode, name: string, variables: Record<string, unknown>) => {
  const arg = node.arguments?.find((a) => a.name.value === name)
  return arg ? valueFromASTUntyped(arg.value, variables) : undefined
}

/**
 * Depth, aliases and cost, checked before anything runs. The cost multiplies the documents a
 * list may return (its `limit`) down the nesting, so that one request cannot ask for a whole
 * collection, or a collection of collections: `limit: 0` and `pagination: false` are refused.
 */
export const queryLimits =
  (args: ExecutionArgs): ValidationRule =>
  (context) => {
    const variables = (args.variableValues ?? {}) as Record<string, unknown>
    let reported = false
    const report = (message: string, node?: FieldNode) => {
      if (reported) return
      reported = true
      refuse(context, message, node)
    }

    const walk = (
      selectionSet: SelectionSetNode | undefined,
      type: GraphQLOutputType | undefined,
      depth: number,
      seen: Set<string>,
    ): number => {
      if (!selectionSet) return 0
      if (depth > LIMITS.maxDepth) {
        report(
          `Kueri terlalu dalam: paling banyak ${LIMITS.maxDepth} tingkat. / Query too deep: at most ${LIMITS.maxDepth} levels.`,
        )
        return 0
      }
      let cost = 0
      const parent = type ? getNamedType(type) : undefined
      const fields = parent && 'getFields' in parent ? parent.getFields() : {}
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value
          if (seen.has(name)) continue
          const fragment = context.getFragment(name)
          const fragmentType = fragment
            ? context.getSchema().getType(fragment.typeCondition.name.value)
            : undefined
          cost += walk(
            fragment?.selectionSet,
            fragmentType as GraphQLOutputType | undefined,
            depth,
            new Set([...seen, name]),
          )
          continue
        }
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const inlineType = selection.typeCondition
            ? context.getSchema().getType(selection.typeCondition.name.value)
            : parent
          cost += walk(
            selection.selectionSet,
            inlineType as GraphQLOutputType | undefined,
            depth,
            seen,
          )
          continue
        }
        const field = fields[selection.name.value]
        const fieldType = field?.type
        let multiplier = 1
        if (field && field.args.some((a) => a.name === 'limit')) {
          const limit = argument(selection, 'limit', variables)
          if (argument(selection, 'pagination', variables) === false) {
            report(
              `pagination: false tidak diizinkan; minta paling banyak ${LIMITS.maxLimit} dokumen per halaman. / pagination: false is not allowed.`,
              selection,
            )
          }
          if (
            limit === 0 ||
            (typeof limit === 'number' && (limit < 0 || limit > LIMITS.maxLimit))
          ) {
            report(
              `limit harus antara 1 dan ${LIMITS.maxLimit}. / limit must be between 1 and ${LIMITS.maxLimit}.`,
              selection,
            )
          }
          multiplier = typeof limit === 'number' && limit > 0 ? limit : LIMITS.defaultLimit
        } else if (
          fieldType &&
          selection.name.value !== 'docs' &&
          !isLeafType(getNamedType(fieldType)) &&
          (isListType(fieldType) || (isNonNullType(fieldType) && isListType(fieldType.ofType)))
        ) {
          // `docs` is already counted by its parent's limit; lists of scalars cost like one.
          multiplier = LIMITS.defaultLimit
        }
        cost += multiplier * (1 + walk(selection.selectionSet, fieldType, depth + 1, seen))
      }
      return cost
    }

    return {
      Document(document) {
        let aliases = 0
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue
          const visit = (set: SelectionSetNode | undefined) => {
            for (const selection of set?.selections ?? []) {
              if (selection.kind === Kind.FIELD && selection.alias) aliases += 1
              if ('selectionSet' in selection) visit(selection.selectionSet)
            }
          }
          visit(definition.selectionSet)
          const root =
            definition.operation === 'query'
              ? context.getSchema().getQueryType()
              : definition.operation === 'mutation'
                ? context.getSchema().getMutationType()
                : context.getSchema().getSubscriptionType()
          const cost = walk(definition.selectionSet, root ?? undefined, 1, new Set())
          if (cost > LIMITS.maxCost) {
            report(
              `Kueri terlalu mahal (biaya ${cost}, paling banyak ${LIMITS.maxCost}): kurangi limit atau kedalaman. / Query too costly.`,
            )
          }
        }
        if (aliases > LIMITS.maxAliases) {
          report(
            `Terlalu banyak alias: paling banyak ${LIMITS.maxAliases}. / Too many aliases: at most ${LIMITS.maxAliases}.`,
          )
        }
      },
    }
  }
