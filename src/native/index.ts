// ory-session-react/native: token mode for native apps (React Native, Expo, Capacitor, Electron).
// Use with <SessionProvider transport={tokenTransport({ storage })}> from 'ory-session-react'.
export { tokenTransport } from './tokenTransport.js'
export type { TokenTransportOptions } from './tokenTransport.js'
export type { TokenTransport, LoginRequired } from '../session/transport.js'
export { memoryStorage } from './tokenStorage.js'
export type { TokenStorage } from './tokenStorage.js'
export { useTokenSignIn } from './useTokenSignIn.js'
export type { TokenSignInOutcome } from './useTokenSignIn.js'
export { useSocialSignIn } from './useSocialSignIn.js'
export type { SocialSignInControls, SocialSignInOptions } from './useSocialSignIn.js'
export type { OpenAuthSession } from './socialSignIn.js'
