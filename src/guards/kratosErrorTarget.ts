import type { KratosErrorAnswer } from '../kratos/kratosErrorOf.js'
import { loginUrl } from '../kratos/loginUrl.js'

/** Where a Kratos error answer asks the browser to go, and why. */
export interface KratosErrorTarget {
  reason: 'aal2_required' | 'refresh_required' | 'location_change'
  url: string
}

/**
 * The flow a Kratos error sends the user through, or `undefined` for errors that are not about
 * the user's login. Pure.
 *
 * - 403 `session_aal2_required` → the second-factor step, back to `returnTo`.
 * - 403 `session_refresh_required` → re-authentication. Kratos's `redirect_browser_to` returns to
 *   Kratos's own settings endpoint (a POST URL, useless to land on), so `return_to` is rewritten to
 *   `returnTo`, the page the user was on.
 * - 422 `browser_location_change_required` → its `redirect_browser_to`, as Kratos built it.
 *
 * A `redirect_browser_to` is followed only on Kratos's origin or the app's own (`returnTo`'s):
 * an error body must never become an open redirect.
 */
export function kratosErrorTarget(answer: KratosErrorAnswer, baseUrl: string, returnTo: string): KratosErrorTarget | undefined {
  const id = answer.body?.error?.id
  const detail = answer.body?.error?.details?.['redirect_browser_to']
  const suggested = answer.body?.redirect_browser_to ?? (typeof detail === 'string' ? detail : undefined)
  if (answer.status === 403 && id === 'session_aal2_required') {
    return { reason: 'aal2_required', url: loginUrl(baseUrl, { aal: 'aal2', returnTo }) }
  }
  if (answer.status === 403 && id === 'session_refresh_required') {
    const kratos = suggested ? onOrigin(suggested, [baseUrl]) : undefined
    if (!kratos) return { reason: 'refresh_required', url: loginUrl(baseUrl, { refresh: true, returnTo }) }
    kratos.searchParams.set('return_to', returnTo)
    return { reason: 'refresh_required', url: kratos.href }
  }
  if (answer.status === 422 && id === 'browser_location_change_required' && suggested) {
    const target = onOrigin(suggested, [baseUrl, returnTo])
    return target ? { reason: 'location_change', url: target.href } : undefined
  }
  return undefined
}

function onOrigin(candidate: string, allowed: readonly string[]): URL | undefined {
  try {
    const url = new URL(candidate)
    return allowed.some((base) => new URL(base).origin === url.origin) ? url : undefined
  } catch {
    return undefined
  }
}
