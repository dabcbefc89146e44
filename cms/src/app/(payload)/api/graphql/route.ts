import config from '@payload-config'

import { graphqlHandlers } from '../../../../graphql/handlers'

// Payload's GraphQL handler inside the public API's limits, caching and CORS (graphql/handlers.ts).
export const { GET, POST, OPTIONS } = graphqlHandlers(config)
