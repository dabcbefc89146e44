/** `pnpm --filter @pilkada/cms generate:schema`: writes shared/schema.graphql from the config. */
import config from '@payload-config'

import { writeGraphQLSchema } from './schema'

console.log(`GraphQL schema written to ${await writeGraphQLSchema(config)}`)
process.exit(0)
