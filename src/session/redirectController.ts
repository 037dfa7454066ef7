/** The outcome of asking to leave for a login URL. */
export type RedirectOutcome = 'navigating' | 'already_navigating' | 'loop'

/** One per provider: makes every guard on the page redirect at most once, and notices loops. */
export interface RedirectController {
  /** Navigates to `url` unless a redirect already started or this very redirect just happened. */
  go(url: string): RedirectOutcome
  /** A guard was satisfied: the last redirect worked, forget it. */
  settle(): void
  /** `true` once a redirect started: the page is leaving, so nothing should start new Kratos flows. */
  isNavigating(): boolean
}

/** Coming back to the same redirect within this window means Kratos sent the user straight back. */
export const LOOP_WINDOW_MS = 60_000
const STORAGE_KEY = 'ory-session-react:last-redirect'

interface LastRedirect {
  url: string
  at: number
}

/**
 * The last redirect is kept in sessionStorage (only the login URL and a time, never session data)
 * so that it survives the round trip through Kratos; an in-memory copy covers browsers that refuse
 * storage.
 */
export function createRedirectController(navigate: (url: string) => void): RedirectController {
  let pending: string | undefined
  let memory: LastRedirect | undefined

  const read = (): LastRedirect | undefined => {
    try {
      const stored: Partial<LastRedirect> | null = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null')
      if (typeof stored?.url === 'string' && typeof stored.at === 'number') return stored as LastRedirect
    } catch {
      // Storage disabled, missing (server) or corrupt: fall back to memory.
    }
    return memory
  }
  const write = (value: LastRedirect | undefined) => {
    memory = value
    try {
      if (value) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(value))
      else sessionStorage.removeItem(STORAGE_KEY)
    } catch {
      // Memory copy already written.
    }
  }

  return {
    go(url) {
      if (pending !== undefined) return 'already_navigating'
      const last = read()
      const at = Date.now()
      if (last?.url === url && at - last.at >= 0 && at - last.at < LOOP_WINDOW_MS) return 'loop'
      write({ url, at })
      pending = url
      navigate(url)
      return 'navigating'
    },
    settle() {
      pending = undefined
      write(undefined)
    },
    isNavigating: () => pending !== undefined,
  }
}
