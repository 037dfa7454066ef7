import { normalizeBaseUrl } from './baseUrl.js'

/** What a login URL asks Kratos for. */
export interface LoginUrlOptions {
  /** `'aal2'` asks for the second factor (step-up); a session stuck at aal1 needs it. */
  aal?: 'aal1' | 'aal2' | undefined
  /** `true` asks the user to authenticate again although signed in (re-authentication). */
  refresh?: boolean | undefined
  /** Where Kratos sends the browser afterwards; must be in `selfservice.allowed_return_urls`. */
  returnTo?: string | undefined
}

/**
 * Builds Kratos's browser login flow URL (`/self-service/login/browser`), the URL the guards send
 * people to. Pure: no `window`, safe on a server.
 *
 * @example
 * ```ts
 * import { loginUrl } from 'ory-session-react'
 *
 * loginUrl('https://auth.example.com', { aal: 'aal2', returnTo: 'https://app.example.com/billing' })
 * // 'https://auth.example.com/self-service/login/browser?aal=aal2&return_to=https%3A%2F%2Fapp.example.com%2Fbilling'
 * ```
 */
export function loginUrl(baseUrl: string, options: LoginUrlOptions = {}): string {
  const url = new URL('self-service/login/browser', normalizeBaseUrl(baseUrl))
  if (options.aal) url.searchParams.set('aal', options.aal)
  if (options.refresh) url.searchParams.set('refresh', 'true')
  if (options.returnTo) url.searchParams.set('return_to', options.returnTo)
  return url.href
}
