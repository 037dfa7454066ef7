import { OrySessionError } from '../kratos/errors.js'

/**
 * `new URL(url, <this page>)`, except that an unparsable URL throws an {@link OrySessionError} of `kind`:
 * `invalid_return_to` for one the app or the page's `?return_to=` gave, `invalid_response` for one
 * Kratos sent. The bare `TypeError` would read as `network` ("Kratos could not be reached … check
 * CORS"), and send a developer after an outage that is not there.
 */
export function parseUrl(url: string, kind: 'invalid_return_to' | 'invalid_response'): URL {
  try {
    return new URL(url, window.location.href)
  } catch (cause) {
    throw new OrySessionError(kind, `Refused to go to "${url.slice(0, 100)}": not a URL.`, { cause })
  }
}
