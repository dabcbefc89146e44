import { GraphQLError, type ValidationRule } from 'graphql'

/**
 * One login per GraphQL request. Many aliased `loginUser` mutations in one request would run
 * side by side and race past the lockout counter; a request that tries is refused whole.
 */
export const oneLoginPerRequest: ValidationRule = (context) => {
  let logins = 0
  return {
    Field(node) {
      if (node.name.value !== 'loginUser') return
      logins += 1
      if (logins === 2) {
        context.reportError(
          new GraphQLError('Satu permintaan GraphQL hanya boleh berisi satu login (loginUser).', {
            nodes: [node],
          }),
        )
      }
    },
  }
}
