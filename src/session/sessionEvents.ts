/** Something the SDK did or decided, kept for the devtools panel (in memory only). */
export interface SessionEvent {
  readonly at: number
  readonly type: 'tab-sent' | 'tab-received' | 'guard' | 'expired' | 'pageshow'
  readonly detail: string
}

// Filled only outside production builds: every `add` call site is behind a NODE_ENV check, and
// the devtools panel that reads the log renders nothing in production.

/** A small in-memory log of {@link SessionEvent}s with subscribers; one per provider. */
export interface SessionEventLog {
  add(type: SessionEvent['type'], detail: string): void
  list(): readonly SessionEvent[]
  subscribe(listener: () => void): () => void
}

const MAX_EVENTS = 50

export function createSessionEventLog(): SessionEventLog {
  let events: readonly SessionEvent[] = []
  const listeners = new Set<() => void>()
  return {
    add(type, detail) {
      events = [...events.slice(-(MAX_EVENTS - 1)), { at: Date.now(), type, detail }]
      listeners.forEach((listener) => listener())
    },
    list: () => events,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
