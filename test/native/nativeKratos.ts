import type { Session } from '@ory/client'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { native } from '../fixtures/native'
import { KRATOS_URL, server } from '../kratos'
import type { TokenStorage } from '../../src/native'

/** The captured answers' tokens: the login's, and the aal1 one of the identity with TOTP. */
export const LOGIN_TOKEN = native.loginSuccess.body.session_token
export const AAL1_TOKEN = native.loginSuccessAal2Required.body.session_token

/** A captured session (its times already moved to the test's clock by the fixtures' loader), typed. */
export const asSession = (session: unknown) => session as Session

/** A captured answer as an MSW response (status and body as Kratos sent them). */
export function replay(capture: { status: number; body: unknown }, body: unknown = capture.body) {
  return capture.status === 204 ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(body as JsonBodyType, { status: capture.status })
}

/** whoami as Kratos answers a native app: `session` for `LOGIN_TOKEN`, 403 aal2 for `AAL1_TOKEN`, 401 otherwise. */
export function tokenWhoami(session: unknown = native.whoami200.body) {
  server.use(
    http.get(`${KRATOS_URL}/sessions/whoami`, ({ request }) => {
      const token = request.headers.get('X-Session-Token')
      if (token === LOGIN_TOKEN) return HttpResponse.json(session as JsonBodyType)
      if (token === AAL1_TOKEN) return replay(native.whoami403Aal2)
      return replay(native.whoamiAfterLogout)
    }),
  )
}

/** Every body the logout API received, in order. */
export function tokenLogout(answer: { status: number; body: unknown } = native.logout204) {
  const bodies: unknown[] = []
  server.use(
    http.delete(`${KRATOS_URL}/self-service/logout/api`, async ({ request }) => {
      bodies.push(await request.json())
      return replay(answer)
    }),
  )
  return bodies
}

/** A storage whose calls are recorded, optionally slow (async like expo-secure-store). */
export function recordingStorage(initial: Record<string, string> = {}, { delayMs = 0 } = {}) {
  const values = new Map(Object.entries(initial))
  const calls: string[] = []
  let inFlight = 0
  let maxInFlight = 0
  const step = async <T>(name: string, run: () => T): Promise<T> => {
    calls.push(name)
    inFlight += 1
    maxInFlight = Math.max(maxInFlight, inFlight)
    // A different delay per call, so that unserialised calls would finish out of order.
    await new Promise((resolve) => setTimeout(resolve, delayMs * (1 + (calls.length % 3))))
    inFlight -= 1
    return run()
  }
  const storage: TokenStorage = {
    getItem: (key) => step(`get ${key}`, () => values.get(key) ?? null),
    setItem: (key, value) => step(`set ${key}=${value}`, () => void values.set(key, value)),
    removeItem: (key) => step(`remove ${key}`, () => void values.delete(key)),
  }
  return { storage, values, calls, maxInFlight: () => maxInFlight }
}
