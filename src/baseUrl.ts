import { OrySessionError } from './errors.js'

/**
 * Checks that `baseUrl` is an absolute http(s) URL and gives it a trailing slash, so that paths
 * resolve below it (an Ory tunnel or proxy may serve Kratos under a path prefix).
 */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new OrySessionError('config', `baseUrl must be an absolute URL such as "https://auth.example.com", got "${baseUrl}".`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OrySessionError('config', `baseUrl must use http or https, got "${url.protocol}".`)
  }
  url.search = ''
  url.hash = ''
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}
