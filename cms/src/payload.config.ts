import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { buildConfig, type Migration } from 'payload'
import sharp from 'sharp'

import { DEFAULT_LOCALE, LOCALES, LOCALE_LABELS } from '@pilkada/shared'

import { guardDocumentLocks } from './access/lockedDocuments'
import { collectionForEditors, globalForEditors } from './admin/forEditors'
import { labelQueryPresets } from './admin/queryPresetLabels'
import { queryPresets } from './admin/queryPresets'
import { INDONESIAN_TIMEZONES } from './admin/timezones'
import { AuditLog } from './collections/AuditLog'
import { Candidates } from './collections/Candidates'
import { Elections } from './collections/Elections'
import { FactChecks } from './collections/FactChecks'
import { Faqs } from './collections/Faqs'
import { Guides } from './collections/Guides'
import { Media } from './collections/Media'
import { Notifications } from './collections/Notifications'
import { Regions } from './collections/Regions'
import { Reports } from './collections/Reports'
import { Stages } from './collections/Stages'
import { Users } from './collections/Users'
import { analyzeSqlite, databaseAdapter, databaseKind } from './db'
import { emailAdapter } from './email'
import { resolveSecret } from './env'
import { defaultLexical } from './fields/defaultLexical'
import { ContentVersion } from './globals/ContentVersion'
import { SiteBuildStatus } from './globals/SiteBuildStatus'
import { SiteSettings } from './globals/SiteSettings'
import { queryLimits } from './graphql/limits'
import { jobsAccess } from './hooks/schedule'
import { REBUILD_QUEUE, signalRebuildTask } from './jobs/signalRebuild'
import { lexicalIndonesian } from './i18n/lexical'
import { oneLoginPerRequest } from './graphql/loginRule'
import { migrations } from './migrations'
import { plugins } from './plugins'
import { allowedOrigins } from './perimeter/origins'

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
      components: {
        beforeDashboard: ['./components/ReviewDashboard#ReviewDashboard'],
        graphics: { Icon: './components/Logo#Icon', Logo: './components/Logo#Logo' },
        providers: [
          './components/EditorsTimezone#EditorsTimezone',
          './components/RestoreWithReason#RestoreWithReason',
        ],
      },
      // date-fns with the admin's language: "26 November 2024, 07.00".
      dateFormat: 'd MMMM yyyy, HH.mm',
      meta: { titleSuffix: ' · Pusat Panduan Pilkada' },
      timezones: { defaultTimezone: 'Asia/Jakarta', supportedTimezones: INDONESIAN_TIMEZONES },
      user: Users.slug,
      importMap: { baseDir: path.resolve(dirname) },
    },
    collections: [
      Regions,
      Elections,
      Candidates,
      Stages,
      Guides,
      Faqs,
      FactChecks,
      Media,
      Users,
      AuditLog,
      Reports,
      Notifications,
    ].map(collectionForEditors),
    // Browsers may send the login cookie from these origins only (GraphQL uses the same list):
    // a cross-origin form POST elsewhere is anonymous. Non-browser clients send `Authorization`.
    cors: allowedOrigins(),
    csrf: allowedOrigins(),
    db: databaseAdapter(databaseUri),
    editor: defaultLexical,
    email: emailAdapter(),
    globals: [SiteSettings, SiteBuildStatus, ContentVersion].map(globalForEditors),
    graphQL: {
      disableIntrospectionInProduction: true,
      disablePlaygroundInProduction: true,
      validationRules: (args) => [oneLoginPerRequest, ...queryLimits(args)],
      schemaOutputFile: path.resolve(dirname, '../../shared/schema.graphql'),
    },
    // Scheduled publish and unpublish run in the CMS process, checked every few seconds.
    jobs: {
      access: jobsAccess,
      autoRun: [
        { cron: '*/3 * * * * *', queue: 'default', limit: 20 },
        // Rebuild signals every second: a publish reaches the guide without waiting.
        { cron: '* * * * * *', queue: REBUILD_QUEUE, limit: 20 },
      ],
      tasks: [signalRebuildTask],
      shouldAutoRun: () =>
        process.env.PAYLOAD_JOBS_AUTORUN !== 'false' &&
        process.env.NEXT_PHASE !== 'phase-production-build',
    },
    i18n: {
      fallbackLanguage: 'id',
      supportedLanguages: { id, en },
      translations: { id: lexicalIndonesian },
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
      if (databaseKind(databaseUri) === 'sqlite') await analyzeSqlite(payload)
    },
    plugins,
    queryPresets,
    secret: resolveSecret(),
    serverURL: process.env.SERVER_URL || '',
    sharp,
    telemetry: false,
    typescript: {
      // Generated by `npm run generate` only: tests and dev servers leave the committed file alone.
      autoGenerate: false,
      outputFile: path.resolve(dirname, '../../shared/src/payload-types.ts'),
    },
  })
    .then(guardDocumentLocks)
    .then(labelQueryPresets)

export default createConfig()
