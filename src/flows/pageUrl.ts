/**
 * A parameter of the page's URL: `flow` (where Kratos sends the browser with a flow) or `return_to`
 * (a page opened as `/login?return_to=…`). None in React Native, whose `window` has no `location`
 * (token mode reaches this on `session_already_available`), nor on a server (prefetchFlow at
 * module scope during server rendering).
 */
export function pageUrlParam(name: 'flow' | 'return_to'): string | undefined {
  return new URLSearchParams(globalThis.location?.search).get(name) ?? undefined
}

/**
 * Puts the flow's id into the page's URL (or takes it out), so a reload shows the same flow; or
 * takes out a `return_to` Kratos refused. Uses `history.replaceState` with the current state,
 * which routers keep their keys in: no history entry, no navigation.
 */
export function writePageUrl(name: 'flow' | 'return_to', value?: string): void {
  const url = new URL(window.location.href)
  if ((url.searchParams.get(name) ?? undefined) === value) return
  if (value === undefined) url.searchParams.delete(name)
  else url.searchParams.set(name, value)
  window.history.replaceState(window.history.state, '', url.href)
}
