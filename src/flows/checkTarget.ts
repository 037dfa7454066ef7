import { OrySessionError } from '../kratos/errors.js'

/** Where a finished flow may send the browser, and whether that is the app itself. */
export interface CheckedTarget {
  readonly url: string
  /** On the app's origin: the provider's `navigate` can route there without a page load. */
  readonly inApp: boolean
}

/**
 * Checks where a flow sends the browser (no open redirects). A target the SDK read itself (the page
 * URL's `return_to`, an app's `returnTo` Kratos never saw) must be on the app's origin or on
 * Kratos's (its own endpoints, such as the settings flow after a re-authentication). A target
 * `fromKratos` (its `redirect_browser_to`, a flow's `return_to`) was checked by Kratos against
 * `selfservice.allowed_return_urls` when the flow started, so any http(s) URL of it is followed.
 * Anything else is refused as `invalid_return_to`.
 */
export function checkTarget(target: string, kratosBaseUrl: string, fromKratos?: unknown): CheckedTarget {
  const here = new URL(window.location.href)
  let url: URL | undefined
  try {
    // eslint-disable-next-line no-control-regex
    if (!/[\\\u0000-\u001f]/.test(target)) url = new URL(target, here)
  } catch {
    // Refused below.
  }
  if (url && url.origin === here.origin) return { url: url.href, inApp: true }
  if (url && (url.origin === new URL(kratosBaseUrl).origin || (fromKratos && /^https?:$/.test(url.protocol)))) return { url: url.href, inApp: false }
  throw new OrySessionError('invalid_return_to', `Refused to go to "${target.slice(0, 100)}": neither this app's origin nor Kratos's.`)
}
