import type { Server } from 'node:http'

export const cacheControl: (pathname: string) => string
export const serveSite: (options: {
  getRoot: () => string
  port: number
  host?: string
}) => Promise<Server>
