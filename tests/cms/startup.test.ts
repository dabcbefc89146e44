import { spawn } from 'node:child_process'
import path from 'node:path'

import { describe, expect, inject, it } from 'vitest'

import { DEV_SECRET } from '@pilkada/cms/env'

import { childEnv, CMS, NODE24 } from '../../scripts/lib.mjs'
import { freePort } from '../helpers/http'

/** Starts the built CMS in production mode and collects what it prints until it exits. */
const startAndWaitForExit = async (env: Record<string, string | undefined>) => {
  const port = String(await freePort())
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const next = path.join(CMS, 'node_modules', 'next', 'dist', 'bin', 'next')
    const base = childEnv({
      NODE_ENV: 'production',
      MEDIA_DIR: path.join(inject('workDir'), 'media'),
    })
    delete base.PAYLOAD_SECRET
    delete base.DATABASE_URI
    const child = spawn(NODE24, [next, 'start', '--port', port], {
      cwd: CMS,
      env: { ...base, ...env },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

describe('start-up in production', () => {
  const sqlite = () => `file:${path.join(inject('workDir'), 'startup.db')}`

  it('should refuse to start without PAYLOAD_SECRET', async () => {
    const { code, output } = await startAndWaitForExit({ DATABASE_URI: sqlite() })
    expect(code).toBe(1)
    expect(output).toContain(
      'PAYLOAD_SECRET is missing, too short (under 32 characters) or the development default',
    )
  })

  it('should refuse to start with the development default secret', async () => {
    const { code, output } = await startAndWaitForExit({
      DATABASE_URI: sqlite(),
      PAYLOAD_SECRET: DEV_SECRET,
    })
    expect(code).toBe(1)
    expect(output).toContain('PAYLOAD_SECRET is missing, too short')
  })

  it('should stop within seconds, naming the host, when MongoDB cannot be reached', async () => {
    const { code, output } = await startAndWaitForExit({
      DATABASE_URI: 'mongodb://editor:s3cret@127.0.0.1:9/pilkada?replicaSet=rs0',
      PAYLOAD_SECRET: inject('testSecret'),
      MONGODB_TIMEOUT_MS: '3000',
    })
    expect(code).toBe(1)
    expect(output).toContain(
      'The CMS cannot start: Cannot reach MongoDB at 127.0.0.1:9 (DATABASE_URI)',
    )
    expect(output).not.toContain('s3cret')
  })
})
