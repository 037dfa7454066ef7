import type { FrontendApi } from '@ory/client'
import type { QueryClient } from '@tanstack/react-query'
import { createContext, useContext } from 'react'
import type { RedirectController } from './redirectController.js'
import type { SessionEventLog } from './sessionEvents.js'
import type { sessionQueryOptions } from './sessionQueryOptions.js'
import type { TokenTransport } from './transport.js'

/** What `<SessionProvider>` hands to the hooks and guards below it. Internal. */
export interface SessionContextValue {
  readonly baseUrl: string
  readonly queryClient: QueryClient
  readonly sessionQuery: ReturnType<typeof sessionQueryOptions>
  /** The app's own `FrontendApi`, when it handed one in; with `baseUrl` and `transport`, a `KratosEndpoint`. */
  readonly client?: FrontendApi | undefined
  /** Token mode's transport; `undefined` in cookie mode (the default). */
  readonly transport?: TokenTransport | undefined
  /** How long one Kratos call may take (the provider's `timeoutMs`); callKratos's default when unset. */
  readonly timeoutMs?: number | undefined
  readonly redirects: RedirectController
  readonly navigate: (url: string) => void
  readonly refetch: () => Promise<void>
  /** The devtools' event log; `undefined` in production builds, where nothing writes or reads it. */
  readonly events: SessionEventLog | undefined
}

// No default value: a missing provider must fail loudly, not report "signed out".
export const SessionContext = createContext<SessionContextValue | undefined>(undefined)
// Only React DevTools reads it, and development is where it is read.
if (process.env.NODE_ENV !== 'production') SessionContext.displayName = 'OrySessionContext'

/** Reads the provider's value, or throws a clear error naming the hook that needed it. */
export function useSessionContext(caller: string): SessionContextValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error(`[ory-session-react] ${caller} must be used inside <SessionProvider>`)
  return value
}
