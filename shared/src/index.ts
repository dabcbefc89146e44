export * from './constants'
export * from './locales'
