import type { TokenStorage } from 'ory-session-react/native'
import { KRATOS_URL } from '../config'

// What a phone gives the SDK, stood in for by the page. Test app only: a browser app must use cookie
// mode (README "Never use token mode in a browser app").

/**
 * The device's secure store. sessionStorage, so that the token outlives a page load (Ory's specs
 * open screens by URL, as their app's deep links do) and dies with the tab. Handed in as a plain
 * TokenStorage, as an app hands in expo-secure-store.
 */
export const deviceStorage: TokenStorage = {
  getItem: (key) => sessionStorage.getItem(key),
  setItem: (key, value) => sessionStorage.setItem(key, value),
  removeItem: (key) => sessionStorage.removeItem(key),
}

/** The key the SDK stores the token under (tokenTransport's default); Home shows it, as Ory's app does. */
export const TOKEN_KEY = 'ory_session_token'

const kratos = KRATOS_URL.replace(/\/*$/, '')

/**
 * The phone's HTTP stack: requests to Kratos go through the dev server's `/__native-kratos` proxy
 * (demo/vite.config.ts), which drops the `Origin` header every browser POST carries and no phone
 * sends. Everything else (`credentials: 'omit'`, `X-Session-Token`, no cookie) is the SDK's own.
 */
export function nativeFetch(url: URL, init: RequestInit): Promise<Response> {
  const href = url.href.startsWith(`${kratos}/`) ? `${window.location.origin}/__native-kratos${url.href.slice(kratos.length)}` : url.href
  return fetch(href, init)
}
