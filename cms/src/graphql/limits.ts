import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type ASTNode,
  type ExecutionArgs,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import { createComplexityRule, type ComplexityEstimator } from 'graphql-query-complexity'

import { isTrustedDocument } from './trustedDocuments'

/** The limits of the public GraphQL API; each can be set by an environment variable. */
export const LIMITS = {
  maxDepth: Number(process.env.GRAPHQL_MAX_DEPTH || 12),
  maxAliases: Number(process.env.GRAPHQL_MAX_ALIASES || 20),
  maxLimit: Number(process.env.GRAPHQL_MAX_LIMIT || 500),
  maxCost: Number(process.env.GRAPHQL_MAX_COST || 6_000),
  /** Documents counted for a list whose query names no `limit` (Payload's default page). */
  defaultLimit: 10,
  /**
   * A join inside a document (`Region.elections`, `Election.candidates`) is one more database
   * query for each parent document: measured on the embedded database, it takes as long as
   * reading about 100 fields of documents.
   */
  joinCost: 100,
}

// One refusal per request: the first limit a query breaks is the one its author reads.
const refused = new WeakSet<ValidationContext>()
const refuse = (context: ValidationContext, message: string, node?: ASTNode) => {
  if (refused.has(context)) return
  refused.add(context)
  context.reportError(
    new GraphQLError(message, {
      nodes: node ? [node] : undefined,
      extensions: { code: 'QUERY_LIMIT' },
    }),
  )
}

/**
 * The documents a field may return, times what each costs: a list's `limit` (as the resolver
 * receives it, from a literal, a variable or a variable's default) multiplies its children.
 * A list that would return everything (`limit: 0`, a negative limit, one above the maximum,
 * `pagination: false`) is refused.
 */
const documentsEstimator =
  (context: ValidationContext): ComplexityEstimator =>
  ({ args, childComplexity, field, node, type: parent }) => {
    if (field.args.some((a) => a.name === 'limit')) {
      const limit: unknown = args.limit
      if (args.pagination === false) {
        refuse(
          context,
          `pagination: false tidak diizinkan; minta paling banyak ${LIMITS.maxLimit} dokumen per halaman. / pagination: false is not allowed.`,
          node,
        )
      }
      if (typeof limit === 'number' && (limit <= 0 || limit > LIMITS.maxLimit)) {
        refuse(
          context,
          `limit harus antara 1 dan ${LIMITS.maxLimit}. / limit must be between 1 and ${LIMITS.maxLimit}.`,
          node,
        )
      }
      const documents = typeof limit === 'number' && limit > 0 ? limit : LIMITS.defaultLimit
      const join = parent === context.getSchema().getQueryType() ? 0 : LIMITS.joinCost
      return join + documents * (1 + childComplexity)
    }
    // `docs` is counted by its parent's limit; lists of scalars cost like one value.
    const type = getNullableType(field.type)
    if (field.name !== 'docs' && isListType(type) && !isLeafType(getNamedType(type))) {
      return LIMITS.defaultLimit * (1 + childComplexity)
    }
    return 1 + childComplexity
  }

/**
 * Depth, aliases and cost, checked on the parsed document with the request's variables before
 * anything runs: graphql-armor counts depth and aliases through fragments, and
 * graphql-query-complexity resolves each field's arguments the way execution will. The static
 * guide's own queries (trusted documents) are exempt from the cost cap only: their cost is
 * fixed by their text and the list limit, and the build reads 500 documents a page.
 */
export const queryLimits = (args: ExecutionArgs): ValidationRule[] => [
  maxDepthRule({
    n: LIMITS.maxDepth,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [
      (context) =>
        refuse(
          context as ValidationContext,
          `Kueri terlalu dalam: paling banyak ${LIMITS.maxDepth} tingkat. / Query too deep: at most ${LIMITS.maxDepth} levels.`,
        ),
    ],
  }),
  maxAliasesRule({
    n: LIMITS.maxAliases,
    propagateOnRejection: false,
    onReject: [
      (context) =>
        refuse(
          context as ValidationContext,
          `Terlalu banyak alias: paling banyak ${LIMITS.maxAliases}. / Too many aliases: at most ${LIMITS.maxAliases}.`,
        ),
    ],
  }),
  (context) =>
    createComplexityRule({
      // The rule's own refusal would come second to another limit's: report through refuse().
      maximumComplexity: Number.POSITIVE_INFINITY,
      variables: (args.variableValues ?? {}) as Record<string, unknown>,
      operationName: args.operationName ?? undefined,
      estimators: [documentsEstimator(context)],
      onComplete: (cost) => {
        if (cost > LIMITS.maxCost && !isTrustedDocument(args.document))
          refuse(
            context,
            `Kueri terlalu mahal (biaya ${cost}, paling banyak ${LIMITS.maxCost}): kurangi limit atau kedalaman. / Query too costly.`,
          )
      },
    })(context),
]
