import { useSyncExternalStore } from 'react'
import { useSessionContext } from '../session/SessionContext.js'
import type { SessionEvent } from '../session/sessionEvents.js'

// What a provider built for production has (it keeps no log); the panel renders nothing there anyway.
const NONE: readonly SessionEvent[] = []
const NO_EVENTS = { subscribe: () => () => undefined, list: () => NONE }

/** The provider's event log (cross-tab messages, guard decisions, expiry), live. */
export function useSessionEvents(): readonly SessionEvent[] {
  const events = useSessionContext('SessionDevtools').events ?? NO_EVENTS
  return useSyncExternalStore(events.subscribe, events.list, events.list)
}
