import type { Config, Plugin } from 'payload'

import { refuseDuplicates, uniqueFieldsOf } from '../hooks/refuseDuplicates'

/** Every collection with unique fields refuses duplicates with one Indonesian message. */
export const duplicatesRefused: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    const fields = uniqueFieldsOf(collection.fields, Boolean(collection.auth))
    if (fields.length === 0) return collection
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeValidate: [...(collection.hooks?.beforeValidate ?? []), refuseDuplicates(fields)],
      },
    }
  }),
})
