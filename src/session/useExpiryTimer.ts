import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { SIGNED_OUT, type SessionAnswer } from './interpretWhoami.js'
import type { SessionContextValue } from './SessionContext.js'

// setTimeout fires at once for delays above 2^31 - 1 ms (~24.8 days): wait in steps instead.
const MAX_TIMEOUT_MS = 2_147_483_647

const expiryOf = (answer: SessionAnswer): number | undefined => {
  const at = answer.kind === 'session' ? Date.parse(answer.session.expires_at ?? '') : Number.NaN
  // `undefined`, not NaN, for "no expiry": NaN !== NaN would re-render the provider on every answer.
  return Number.isNaN(at) ? undefined : at
}

/**
 * Turns the session into "signed out" at its `expires_at`, with one timer (no polling, no request).
 * Kratos never extends `expires_at` on whoami, so the time in the answer is the time it ends.
 * The provider observes only that time, so it re-renders only when a new session arrives.
 */
export function useExpiryTimer({ queryClient, sessionQuery, events }: SessionContextValue): void {
  const expiresAt = useQuery({ ...sessionQuery, select: expiryOf }, queryClient).data
  const { queryKey } = sessionQuery
  useEffect(() => {
    if (expiresAt === undefined) return undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const wait = () => {
      const left = expiresAt - Date.now()
      if (left > 0) timer = setTimeout(wait, Math.min(left, MAX_TIMEOUT_MS))
      else {
        if (process.env.NODE_ENV !== 'production') events?.add('expired', 'expires_at reached')
        queryClient.setQueryData(queryKey, SIGNED_OUT)
      }
    }
    wait()
    return () => clearTimeout(timer)
  }, [queryClient, queryKey, expiresAt, events])
}
