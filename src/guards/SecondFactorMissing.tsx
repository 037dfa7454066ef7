import { resolveReturnTo } from '../kratos/returnTo.js'

/**
 * `<RequireAuth>`'s default `secondFactorFallback`: says why the page is not shown and links to
 * where a second factor is set up. Without the app's `settingsUrl`, the link starts Kratos's
 * settings flow (Kratos opens the app's settings UI, `selfservice.flows.settings.ui_url`) with
 * `return_to` set to this page.
 */
export function SecondFactorMissing({ baseUrl, settingsUrl, returnTo }: { baseUrl: string; settingsUrl: string | undefined; returnTo: string | undefined }) {
  return (
    <p role="status">
      This page needs a second factor, and your account has none yet.{' '}
      <a href={settingsUrl ?? kratosSettingsUrl(baseUrl, returnTo)}>Set up a second factor</a>
    </p>
  )
}

function kratosSettingsUrl(baseUrl: string, returnTo: string | undefined): string {
  const url = new URL('self-service/settings/browser', baseUrl)
  try {
    url.searchParams.set('return_to', resolveReturnTo(returnTo, window.location.href))
  } catch {
    // A refused returnTo (another origin): the settings flow then returns to Kratos's default.
  }
  return url.href
}
