import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query'
import { SIGNED_OUT, type SessionAnswer } from './interpretWhoami.js'
import type { SessionEventLog } from './sessionEvents.js'

// setTimeout fires at once for delays above 2^31 - 1 ms (~24.8 days): wait in steps instead.
const MAX_TIMEOUT_MS = 2_147_483_647

/**
 * Turns the session into "signed out" at its `expires_at`, with one timer (no polling). Kratos
 * never extends `expires_at` on whoami, so the time in the answer is the time it ends.
 */
export function startExpiryTimer(queryClient: QueryClient, queryKey: QueryKey, log?: SessionEventLog): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let scheduledFor: number | undefined

  const expire = () => {
    if (process.env.NODE_ENV !== 'production') log?.add('expired', 'expires_at reached')
    queryClient.setQueryData(queryKey, SIGNED_OUT)
  }
  const schedule = (at: number | undefined) => {
    if (at === scheduledFor) return
    clearTimeout(timer)
    scheduledFor = at
    if (at === undefined) return
    const wait = () => {
      const left = at - Date.now()
      if (left <= 0) expire()
      else timer = setTimeout(wait, Math.min(left, MAX_TIMEOUT_MS))
    }
    wait()
  }
  const check = () => schedule(expiryOf(queryClient.getQueryData<SessionAnswer>(queryKey)))

  const queryHash = hashKey(queryKey)
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.query.queryHash === queryHash) check()
  })
  check()
  return () => {
    unsubscribe()
    clearTimeout(timer)
  }
}

function expiryOf(answer: SessionAnswer | undefined): number | undefined {
  if (answer?.kind !== 'session' || !answer.session.expires_at) return undefined
  const at = Date.parse(answer.session.expires_at)
  return Number.isNaN(at) ? undefined : at
}
