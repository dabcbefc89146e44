import type { Server } from 'node:http'

export const resolveFile: (
  root: string,
  urlPath: string,
) => { file?: string; redirect?: string } | null
export const serveSite: (options: {
  getRoot: () => string
  port: number
  host?: string
}) => Promise<Server>
