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
    throw new OrySessionError('config', `baseUrl must be an absolute http(s) URL such as "https://auth.example.com", got "${baseUrl}".`)
  }
  url.search = ''
  url.hash = ''
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}
