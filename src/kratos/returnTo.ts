import { OrySessionError } from './errors.js'

/**
 * Resolves `returnTo` (a path or an absolute URL) against the current page and refuses anything
 * that would leave the app's origin: other hosts, `//host`, `\\host`, `javascript:`, `data:`.
 * Resolving first and comparing origins catches the encoded and malformed variants too.
 */
export function resolveReturnTo(returnTo: string | undefined, currentHref: string): string {
  if (returnTo === undefined) return currentHref
  const current = new URL(currentHref)
  // Browsers treat "\" like "/" in special URLs, so "\\evil.com" would be "//evil.com".
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f]/.test(returnTo) || returnTo.trim() !== returnTo) throw refused(returnTo)
  let resolved: URL | undefined
  try {
    resolved = new URL(returnTo, current)
  } catch {
    // Unparsable: refused below.
  }
  if (resolved?.origin !== current.origin) throw refused(returnTo)
  return resolved.href
}

function refused(returnTo: string): OrySessionError {
  return new OrySessionError('invalid_return_to', `returnTo "${returnTo.slice(0, 100)}" refused: not a path or URL on this origin.`)
}
