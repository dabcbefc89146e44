import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { buildConfig, type Migration } from 'payload'
import sharp from 'sharp'

import { DEFAULT_LOCALE, LOCALES, LOCALE_LABELS } from '@pilkada/shared'

import { Candidates } from './collections/Candidates'
import { Elections } from './collections/Elections'
import { FactChecks } from './collections/FactChecks'
import { Faqs } from './collections/Faqs'
import { Guides } from './collections/Guides'
import { Media } from './collections/Media'
import { Regions } from './collections/Regions'
import { Stages } from './collections/Stages'
import { Users } from './collections/Users'
import { databaseAdapter, databaseKind } from './db'
import { resolveSecret } from './env'
import { defaultLexical } from './fields/defaultLexical'
import { SiteSettings } from './globals/SiteSettings'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The whole CMS. `databaseUri` picks the adapter (see db.ts); tests build the config under both
 * adapters to prove that other apps get the same GraphQL schema.
 */
export const createConfig = (databaseUri = process.env.DATABASE_URI) =>
  buildConfig({
    admin: {
      // No Gravatar: the admin loads nothing from third parties.
      avatar: 'default',
      meta: { titleSuffix: ' · Pusat Panduan Pilkada' },
      user: Users.slug,
      importMap: { baseDir: path.resolve(dirname) },
    },
    collections: [Regions, Elections, Candidates, Stages, Guides, Faqs, FactChecks, Media, Users],
    db: databaseAdapter(databaseUri),
    editor: defaultLexical,
    globals: [SiteSettings],
    graphQL: {
      schemaOutputFile: path.resolve(dirname, '../../shared/schema.graphql'),
    },
    i18n: {
      fallbackLanguage: 'id',
      supportedLanguages: { id, en },
    },
    localization: {
      defaultLocale: DEFAULT_LOCALE,
      fallback: true,
      locales: LOCALES.map((code) => ({ code, label: LOCALE_LABELS[code] })),
    },
    onInit: async (payload) => {
      // The embedded database is built from the committed migrations in every environment.
      if (databaseKind(databaseUri) === 'sqlite' && process.env.NODE_ENV !== 'production') {
        await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
      }
    },
    secret: resolveSecret(),
    serverURL: process.env.SERVER_URL || '',
    sharp,
    telemetry: false,
    typescript: {
      outputFile: path.resolve(dirname, '../../shared/src/payload-types.ts'),
    },
  })

export default createConfig()
