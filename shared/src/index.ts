export * from './constants'
export * from './locales'
export * from './permissions'
export * from './permissionsDoc'
