export { MockSessionProvider } from './MockSessionProvider.js'
export type { MockSessionProviderProps } from './MockSessionProvider.js'
export { createSession } from './createSession.js'
export type { CreateSessionOptions } from './createSession.js'
