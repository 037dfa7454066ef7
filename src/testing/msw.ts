// A separate entry so that apps without msw can still import `ory-session-react/testing`.
export { kratosHandlers } from './kratosHandlers.js'
export type { KratosHandlersOptions } from './kratosHandlers.js'
