import { useSyncExternalStore } from 'react'

// The app's navigation: one screen per path under /mobile/ (`/mobile/Login?aal=aal2`), as the
// screens of Ory's React Native app are named. In-app moves keep the SDK's state (no page load).

const BASE = '/mobile/'
const CHANGED = 'mobile:screen'

export interface Screen {
  /** `Login`, `Registration`, `Home`, `Settings`, `Verification`, `Recovery`. */
  name: string
  params: URLSearchParams
  /** Changes with every move, so a screen visited again starts afresh (a new flow). */
  key: string
}

let current: Screen | undefined
function read(): Screen {
  const key = `${window.location.pathname}${window.location.search}#${history.length}`
  if (current?.key !== key) current = { name: window.location.pathname.slice(BASE.length) || 'Home', params: new URLSearchParams(window.location.search), key }
  return current
}

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGED, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGED, onChange)
  }
}

export function useScreen(): Screen {
  return useSyncExternalStore(subscribe, read)
}

/** Opens `name` with `params` (in-app). */
export function go(name: string, params: Record<string, string> = {}): void {
  const search = new URLSearchParams(params).toString()
  history.pushState(null, '', `${BASE}${name}${search ? `?${search}` : ''}`)
  window.dispatchEvent(new Event(CHANGED))
}
