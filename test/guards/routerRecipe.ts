import type { QueryClient } from '@tanstack/react-query'
import { ensureSession, LoginRedirect, type EnsureSessionOptions } from '../../src'

/**
 * The recipe docs/routers.md shows, shared by both routers: the session, or leave for Kratos and
 * keep the router pending while the browser goes (the page is about to unload). Errors (Kratos
 * down) go to the route's error component. `leave` is `window.location.replace` in an app.
 */
export async function requireSession(queryClient: QueryClient, options: EnsureSessionOptions, leave: (url: string) => void) {
  try {
    return await ensureSession(queryClient, options)
  } catch (error) {
    if (!(error instanceof LoginRedirect)) throw error
    leave(error.url)
    return new Promise<never>(() => {})
  }
}
