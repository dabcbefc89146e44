import { limitApi, limitLogin } from './rateLimit'

const LOGIN = /\/api\/users\/login\/?$/

/** The e-mail of a REST login, from a JSON or form body (Payload accepts both). */
const loginEmail = async (request: Request): Promise<unknown> => {
  try {
    if (request.headers.get('content-type')?.includes('json')) {
      return ((await request.json()) as { email?: unknown })?.email
    }
    const form = await request.formData()
    const payload = form.get('_payload')
    if (typeof payload === 'string') return (JSON.parse(payload) as { email?: unknown })?.email
    return form.get('email')
  } catch {
    return null
  }
}

/** A REST route of Payload's inside the rate limits: every request, and logins more strictly. */
export const limitedRest =
  <Context>(handler: (request: Request, context: Context) => Promise<Response>) =>
  async (request: Request, context: Context) => {
    const limited = await limitApi(request)
    if (limited) return limited
    if (request.method === 'POST' && LOGIN.test(new URL(request.url).pathname)) {
      const loginLimited = await limitLogin(request, await loginEmail(request.clone()))
      if (loginLimited) return loginLimited
    }
    return handler(request, context)
  }
