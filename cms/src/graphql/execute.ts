import { configToSchema } from '@payloadcms/graphql'
import {
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldConfig,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import { LRUCache } from 'lru-cache'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  unlinkClientUploadTempFile,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'

/**
 * Payload's GraphQL POST handler (`@payloadcms/next/routes` GRAPHQL_POST, 3.90.2), run the same
 * way but with less work per request, measured in docs/benchmarks.md:
 *
 * - a query's text is parsed once, and the validation of a (text, variables, operation) is kept:
 *   graphql-js's rules walk the large generated schema (KnownTypeNamesRule lists its 3,400 type
 *   names on every request), and the result only depends on those inputs;
 * - an anonymous read selects from the database only the fields its query asks for, as
 *   Payload's own `select: true` argument does, instead of whole documents (every column, the
 *   localized and hasMany sub-queries) that GraphQL then throws away. An explicit `select`
 *   argument, and every request with a login, keep Payload's default.
 */

type Context = { headers: Record<string, string>; req: PayloadRequest }

/** Collection and global reads of the schema (the fields that take Payload's `select`). */
const selectByDefault = (schema: GraphQLSchema) => {
  const query = schema.getQueryType()
  if (!query) return schema
  for (const field of Object.values(query.getFields())) {
    if (!field.args.some((a) => a.name === 'select') || !field.resolve) continue
    const resolve = field.resolve as NonNullable<GraphQLFieldConfig<unknown, Context>['resolve']>
    field.resolve = (parent, args: Record<string, unknown>, context: Context, info) =>
      resolve(
        parent,
        context.req.user || 'select' in args ? args : { ...args, select: true },
        context,
        info,
      )
  }
  return schema
}

// Bounded by the length of the texts they are keyed by (a body is at most GRAPHQL_MAX_BODY_BYTES).
const documents = new LRUCache<string, DocumentNode>({
  maxSize: 2_000_000,
  sizeCalculation: (_document, source) => source.length,
})
const cachedParse = (source: string) => {
  let document = documents.get(source)
  if (!document) {
    document = parse(source)
    documents.set(source, document)
  }
  return document
}

type Validated = readonly GraphQLError[]
const validations = new LRUCache<string, Validated>({
  maxSize: 4_000_000,
  sizeCalculation: (_errors, key) => key.length,
})

const handleError = async ({
  err,
  payload,
  req,
}: {
  err: GraphQLError
  payload: PayloadRequest['payload']
  req: PayloadRequest
}) => {
  const status = (err.originalError as { status?: number } | undefined)?.status || 500
  let errorMessage = err.message
  logError({ err, payload })
  // Internal errors can contain anything: their details only show with `config.debug`.
  if (!payload.config.debug && status === 500) errorMessage = 'Something went wrong.'
  let response: GraphQLFormattedError & Record<string, unknown> = {
    extensions: {
      name: err?.originalError?.name || undefined,
      data: (err?.originalError as { data?: unknown } | undefined)?.data || undefined,
      stack: payload.config.debug ? err.stack : undefined,
      statusCode: status,
    },
    locations: err.locations,
    message: errorMessage,
    path: err.path,
  }
  for (const hook of payload.config.hooks.afterError ?? []) {
    const result = await hook({
      context: req.context,
      error: err,
      graphqlResult: response,
      req,
    } as never)
    if (result) response = (result as { graphqlResult?: typeof response }).graphqlResult || response
  }
  return response
}

let built: null | Promise<{
  schema: GraphQLSchema
  validationRules: ReturnType<typeof configToSchema>['validationRules']
}> = null
/** The public schema, built once per process (also what cache/dependencies.ts walks). */
export const schemaOf = (config: Promise<SanitizedConfig>) =>
  (built ??= config.then((resolved) => {
    const { schema, validationRules } = configToSchema(resolved)
    return { schema: selectByDefault(schema), validationRules }
  }))

/** A drop-in for Payload's GRAPHQL_POST(config). */
export const graphqlPost = (config: Promise<SanitizedConfig>) => async (request: Request) => {
  const originalRequest = request.clone()
  const req = await createPayloadRequest({ canSetHeaders: true, config, request })
  const { payload } = req
  if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
  try {
    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)
    const { schema, validationRules } = await schemaOf(config)
    const headers: Record<string, string> = {}
    // The text of the query, for the caches: graphql-http parses it and hands over the document.
    const sources = new WeakMap<DocumentNode, string>()
    let keyOfRequest = ''
    const apiResponse = await createHandler<Context>({
      context: { headers, req },
      parse: (source) => {
        const document = cachedParse(String(source))
        sources.set(document, String(source))
        return document
      },
      onSubscribe: (_request, params) => {
        keyOfRequest = JSON.stringify([params.operationName ?? null, params.variables ?? null])
      },
      validationRules: (_, args, defaultRules) => defaultRules.concat(validationRules(args)),
      validate: (validSchema, document, rules) => {
        const source = sources.get(document)
        if (source === undefined) return validate(validSchema, document, rules)
        const key = `${keyOfRequest}\n${source}`
        let errors = validations.get(key)
        if (!errors) {
          errors = validate(validSchema, document, rules)
          validations.set(key, errors)
        }
        return errors
      },
      onOperation: async (_request, args, result) => {
        const response =
          typeof payload.extensions === 'function'
            ? await payload.extensions({ args, req: _request as never, result } as never)
            : result
        if ('errors' in response && response.errors) {
          const errors = await Promise.all(
            (result as { errors: GraphQLError[] }).errors.map((error) =>
              handleError({ err: error, payload, req }),
            ),
          )
          return { ...response, errors } as never
        }
        return response as never
      },
      schema,
    })(originalRequest)
    const resHeaders = headersWithCors({ headers: new Headers(apiResponse.headers), req })
    for (const key in headers) resHeaders.append(key, headers[key]!)
    return new Response(apiResponse.body, {
      headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, resHeaders) : resHeaders,
      status: apiResponse.status,
    })
  } finally {
    // GraphQL parses the body itself, and a read never reaches the operation-level cleanup.
    await unlinkClientUploadTempFile({ req })
  }
}
