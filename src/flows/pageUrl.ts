/**
 * A parameter of the page's URL: `flow` (where Kratos sends the browser with a flow) or `return_to`
 * (a page opened as `/login?return_to=…`). None in React Native, whose `window` has no `location`
 * (token mode reaches this on `session_already_available`).
 */
export function pageUrlParam(name: 'flow' | 'return_to'): string | undefined {
  return new URLSearchParams(window.location?.search).get(name) ?? undefined
}

/**
 * Puts the flow's id into the page's URL (or takes it out), so a reload shows the same flow. Uses
 * `history.replaceState` with the current state, which routers keep their keys in: no history
 * entry, no navigation.
 */
export function writeFlowIdToPageUrl(id: string | undefined): void {
  const url = new URL(window.location.href)
  if ((url.searchParams.get('flow') ?? undefined) === id) return
  if (id === undefined) url.searchParams.delete('flow')
  else url.searchParams.set('flow', id)
  window.history.replaceState(window.history.state, '', url.href)
}
