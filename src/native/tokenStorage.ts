/**
 * Where token mode keeps the Kratos session token: three methods, sync or async, the shape of
 * `localStorage` and of most native key-value stores (expo-secure-store, react-native-keychain
 * wrappers, Capacitor Preferences). Only the token is ever written (a few dozen bytes, under
 * expo-secure-store's 2,048-byte cap), never the session JSON.
 *
 * @example
 * ```ts
 * import * as SecureStore from 'expo-secure-store'
 * import type { TokenStorage } from 'ory-session-react/native'
 *
 * const options = { keychainAccessible: SecureStore.AFTER_FIRST_UNLOCK }
 * export const secureStorage: TokenStorage = {
 *   getItem: (key) => SecureStore.getItemAsync(key, options),
 *   setItem: (key, value) => SecureStore.setItemAsync(key, value, options),
 *   removeItem: (key) => SecureStore.deleteItemAsync(key, options),
 * }
 * ```
 */
export interface TokenStorage {
  getItem(key: string): string | null | undefined | Promise<string | null | undefined>
  setItem(key: string, value: string): void | Promise<void>
  removeItem(key: string): void | Promise<void>
}

/**
 * A {@link TokenStorage} in memory: the token lives as long as the app's JavaScript does (a
 * restart signs the user out). For tests, and for apps that want exactly that.
 *
 * @example
 * ```tsx
 * import { SessionProvider } from 'ory-session-react'
 * import { memoryStorage, tokenTransport } from 'ory-session-react/native'
 *
 * const transport = tokenTransport({ storage: memoryStorage() })
 * export const Root = () => <SessionProvider baseUrl="https://auth.example.com" transport={transport} />
 * ```
 */
export function memoryStorage(): TokenStorage {
  const values = new Map<string, string>()
  return {
    getItem: (key) => values.get(key),
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  }
}
