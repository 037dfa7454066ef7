import { useSyncExternalStore } from 'react'
import { useSessionContext } from '../SessionContext.js'
import type { SessionEvent } from '../sessionEvents.js'

/** The provider's event log (cross-tab messages, guard decisions, expiry), live. */
export function useSessionEvents(): readonly SessionEvent[] {
  const { events } = useSessionContext('SessionDevtools')
  return useSyncExternalStore(events.subscribe, events.list, events.list)
}
