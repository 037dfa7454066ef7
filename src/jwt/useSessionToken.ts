import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { OrySessionError } from '../kratos/errors.js'
import { jwtLifetime } from './jwtLifetime.js'
import { outagePollInterval } from '../session/retryPolicy.js'
import { useSessionContext } from '../session/SessionContext.js'
import { fetchSessionAnswer } from '../session/sessionQueryOptions.js'
import { useSession } from '../session/useSession.js'

/** Options of {@link useSessionToken}. */
export interface SessionTokenOptions {
  /** The tokenizer template configured in Kratos (`session.whoami.tokenizer.templates.<name>`). */
  template: string
}

/** What {@link useSessionToken} returns; a union on `status`. */
export type SessionToken =
  | { status: 'loading'; token: null; expiresAt: null; error: null; refetch: () => void }
  /** A JWT that has not expired; `expiresAt` is on this browser's clock (Kratos's `exp - iat`, counted from receipt); `error` is set when fetching the next one failed. */
  | { status: 'ready'; token: string; expiresAt: Date; error: OrySessionError | null; refetch: () => void }
  /** Nobody signed in (or a second factor is missing): no token. */
  | { status: 'unavailable'; token: null; expiresAt: null; error: null; refetch: () => void }
  | { status: 'error'; token: null; expiresAt: null; error: OrySessionError; refetch: () => void }

interface TokenData {
  token: string
  expiresAt: number
  refreshAt: number
}

/**
 * A short-lived JWT for the app's own APIs (`Authorization: Bearer`), from whoami's
 * `tokenize_as=<template>`. Kept in memory only (react-query's cache, never web storage), fetched
 * again before it expires, and dropped on sign-out. The session cookie and the token never mix:
 * the SDK itself never sends the token anywhere.
 *
 * @example
 * ```tsx
 * import { useSessionToken } from 'ory-session-react'
 *
 * function Invoices() {
 *   const { token } = useSessionToken({ template: 'api' })
 *   const load = () => fetch('/api/invoices', { headers: { Authorization: `Bearer ${token}` } })
 *   return <button disabled={!token} onClick={() => void load()}>Load invoices</button>
 * }
 * ```
 */
export function useSessionToken({ template }: SessionTokenOptions): SessionToken {
  const context = useSessionContext('useSessionToken')
  const { baseUrl, queryClient, sessionQuery } = context
  const sessionStatus = useSession({ select: (state) => state.status })
  const signedIn = sessionStatus === 'authenticated'
  const queryKey = useMemo(() => ['ory-session-react', 'token', baseUrl, template] as const, [baseUrl, template])
  const query = useQuery<TokenData | null, OrySessionError>(
    {
      queryKey,
      queryFn: async () => {
        const answer = await fetchSessionAnswer(context, {
          path: `sessions/whoami?tokenize_as=${encodeURIComponent(template)}`,
          viaFrontendApi: (api, options) => api.toSession({ tokenizeAs: template }, options),
        })
        if (answer.kind !== 'session') return null
        const token = answer.session.tokenized
        if (!token) {
          // Where to configure it is a development hint, like those of errors.ts.
          const hint = process.env.NODE_ENV !== 'production' ? `: configure session.whoami.tokenizer.templates.${template} in Kratos` : ''
          throw new OrySessionError('config', `whoami returned no JWT for template "${template}"${hint}.`)
        }
        return { token, ...jwtLifetime(token) }
      },
      enabled: signedIn,
      // react-query counts staleTime from dataUpdatedAt: fresh until refreshAt, whenever it asks.
      staleTime: (q) => (q.state.data ? Math.max(0, q.state.data.refreshAt - q.state.dataUpdatedAt) : 0),
      refetchInterval: ({ state }) => {
        // Refreshing failed: back off like the session query (5 s … 60 s), never once a second.
        if (state.error && state.errorUpdatedAt > state.dataUpdatedAt) return outagePollInterval(state.errorUpdateCount, state.error)
        return state.data ? Math.max(1_000, state.data.refreshAt - Date.now()) : false
      },
      refetchIntervalInBackground: true,
      // The provider's retry policy (sessionQueryOptions always sets both, as the second-factor
      // check relies on too): backoff on network errors and 5xx, none on 4xx.
      retry: sessionQuery.retry!,
      retryDelay: sessionQuery.retryDelay!,
    },
    queryClient,
  )
  // Signed out: no token may outlive the session, not even in the cache.
  useEffect(() => {
    if (!signedIn) queryClient.removeQueries({ queryKey, exact: true })
  }, [signedIn, queryClient, queryKey])

  const { data, error, refetch } = query
  // At expiry the token must go even when nothing else changes (a refresh failing in backoff).
  const [expiryTick, setExpiryTick] = useState(0)
  useEffect(() => {
    if (!data) return undefined
    const timer = setTimeout(() => setExpiryTick(data.expiresAt), Math.max(0, data.expiresAt - Date.now()))
    return () => clearTimeout(timer)
  }, [data])
  return useMemo((): SessionToken => {
    const again = () => void refetch()
    if (!signedIn) return { status: sessionStatus === 'loading' ? 'loading' : 'unavailable', token: null, expiresAt: null, error: null, refetch: again }
    if (data && data.expiresAt > Date.now()) {
      return { status: 'ready', token: data.token, expiresAt: new Date(data.expiresAt), error, refetch: again }
    }
    if (error) return { status: 'error', token: null, expiresAt: null, error, refetch: again }
    // `null`: whoami answered, but not with a session.
    return { status: data === null ? 'unavailable' : 'loading', token: null, expiresAt: null, error: null, refetch: again }
  }, [data, error, refetch, signedIn, sessionStatus, expiryTick])
}
