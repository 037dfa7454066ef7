import type { OpenAuthSession } from 'ory-session-react/native'

/**
 * The provider's pages in a popup, as Expo's `WebBrowser.openAuthSessionAsync` does on the web:
 * resolves with the URL the popup ends on once it is back on this app's origin (Kratos's
 * `return_to?code=…`, or its login page after the provider refused), `null` when it is closed.
 */
export const popupAuthSession: OpenAuthSession = (url) =>
  new Promise((resolve) => {
    const popup = window.open(url, 'ory-auth-session', 'popup,width=480,height=640')
    if (!popup) return resolve(null)
    const timer = window.setInterval(() => {
      if (popup.closed) {
        window.clearInterval(timer)
        return resolve(null)
      }
      let href = ''
      try {
        href = popup.location.href // throws while the popup is on the provider's or Kratos's origin
      } catch {
        return
      }
      if (!href.startsWith(window.location.origin)) return
      window.clearInterval(timer)
      popup.close()
      resolve(href)
    }, 100)
  })
