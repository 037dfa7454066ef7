import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { SIGNED_OUT, type SessionAnswer } from './interpretWhoami.js'
import type { SessionEventLog } from './sessionEvents.js'

// setTimeout fires at once for delays above 2^31 - 1 ms (~24.8 days): wait in steps instead.
const MAX_TIMEOUT_MS = 2_147_483_647

/**
 * When the session in `answer` ends (ms since the epoch), for the provider's `select`: `undefined`,
 * not NaN, for "no expiry", since NaN !== NaN would re-render the provider on every answer.
 * The provider observes only this time, so it re-renders only when a new session arrives.
 */
export const expiryOf = (answer: SessionAnswer): number | undefined => {
  const at = answer.kind === 'session' ? Date.parse(answer.session.expires_at ?? '') : Number.NaN
  return Number.isNaN(at) ? undefined : at
}

/**
 * Turns the session into "signed out" at `expiresAt`, with one timer (no polling, no request).
 * Kratos never extends `expires_at` on whoami, so the time in the answer is the time it ends.
 * Returns the function that stops the timer.
 */
export function startExpiryTimer(queryClient: QueryClient, queryKey: QueryKey, expiresAt: number, log?: SessionEventLog): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const wait = () => {
    const left = expiresAt - Date.now()
    if (left > 0) timer = setTimeout(wait, Math.min(left, MAX_TIMEOUT_MS))
    else {
      if (process.env.NODE_ENV !== 'production') log?.add('expired', 'expires_at reached')
      queryClient.setQueryData(queryKey, SIGNED_OUT)
    }
  }
  wait()
  return () => clearTimeout(timer)
}
