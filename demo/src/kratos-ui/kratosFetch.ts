import { KRATOS_URL } from '../config'

/** What Kratos answered: its status and JSON body (undefined for an empty body). */
export interface KratosReply {
  status: number
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any -- Kratos's bodies vary by status; the pages narrow them.
}

/**
 * Calls Kratos's public API from the browser: the cookie goes along (credentials), and
 * `Accept: application/json` makes the flow endpoints answer JSON instead of 303 + HTML.
 */
export async function kratosFetch(pathOrUrl: string, init: { method?: string; json?: unknown } = {}): Promise<KratosReply> {
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${KRATOS_URL}${pathOrUrl}`
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    credentials: 'include',
    headers: { Accept: 'application/json', ...(init.json === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

/** Leaves the SPA for a Kratos URL (or back to a page after a flow), as a full page load. */
export function goTo(url: string) {
  window.location.assign(url)
}
