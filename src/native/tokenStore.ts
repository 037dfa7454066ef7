import { OrySessionError } from '../kratos/errors.js'
import type { TokenStorage } from './tokenStorage.js'

/** The transport's view of the app's storage: one token, read once, every access in order. */
export interface TokenStore {
  read(): Promise<string | null>
  write(token: string): Promise<void>
  /** With `only`, removes the token only while it is still that one. */
  remove(only?: string): Promise<void>
}

/**
 * Serialises every access to `storage` (a read waits for the writes before it, a write for the
 * reads and writes before it), so two sign-ins, a sign-in and a 401, or a logout and a late
 * whoami can never interleave inside an async store and leave the wrong token behind.
 * The token is read from storage once and then kept in memory (native stores are slow);
 * a failed write forgets it, so the next read asks the storage again.
 */
export function createTokenStore(storage: TokenStorage, key: string): TokenStore {
  let tail: Promise<unknown> = Promise.resolve()
  // undefined: not read yet; null: no token.
  let known: string | null | undefined
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task)
    tail = run.catch(() => undefined)
    return run
  }
  const attempt = async <T>(what: string, step: () => T | Promise<T>): Promise<T> => {
    try {
      return await step()
    } catch (cause) {
      known = undefined
      throw new OrySessionError('storage', `Could not ${what} the session token (${cause instanceof Error ? cause.message : String(cause)}).`, { cause })
    }
  }
  const read = async () => {
    if (known === undefined) {
      const value = await attempt('read', () => storage.getItem(key))
      known = typeof value === 'string' && value !== '' ? value : null
    }
    return known
  }
  return {
    read: () => serial(read),
    write: (token) =>
      serial(async () => {
        await attempt('store', () => storage.setItem(key, token))
        known = token
      }),
    remove: (only) =>
      serial(async () => {
        if (only !== undefined && (await read()) !== only) return
        await attempt('remove', () => storage.removeItem(key))
        known = null
      }),
  }
}
