import { OrySessionError } from './errors.js'

/**
 * Checks that `baseUrl` is an absolute http(s) URL and gives it a trailing slash, so that paths
 * resolve below it (an Ory tunnel or proxy may serve Kratos under a path prefix).
 */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL | undefined
  try {
    url = new URL(baseUrl)
  } catch {
    // Not a URL at all: refused below, with the same message as a relative or non-http one.
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    // The example is a development hint, like those of errors.ts.
    const example = process.env.NODE_ENV !== 'production' ? ' such as "https://auth.example.com"' : ''
    throw new OrySessionError('config', `baseUrl must be an absolute http(s) URL${example}, got "${baseUrl}".`)
  }
  url.search = ''
  url.hash = ''
  // Exactly one trailing slash.
  return url.href.replace(/\/?$/, '/')
}
