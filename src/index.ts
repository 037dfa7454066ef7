export { SessionProvider } from './SessionProvider'
export type { SessionProviderProps } from './SessionProvider'
export { useSession } from './useSession'
export { useDevices } from './useDevices'
export { RequireAuth } from './RequireAuth'
export type { RequireAuthProps, GuardErrorProps } from './RequireAuth'
export { useLogout } from './useLogout'
export type { LogoutControls, LogoutOptions } from './useLogout'
export { loginUrl } from './loginUrl'
export type { LoginUrlOptions } from './loginUrl'
export { sessionQueryOptions, DEFAULT_STALE_TIME, DEFAULT_TIMEOUT_MS } from './sessionQueryOptions'
export type { SessionQueryConfig } from './sessionQueryOptions'
export { OrySessionError, normalizeError } from './errors'
export type { KratosErrorBody, OrySessionErrorDetails, OrySessionErrorKind } from './errors'
export type { SessionAnswer } from './interpretWhoami'
export type { AccessRequirement } from './decideAccess'
export type {
  SessionState,
  SessionStatus,
  LoadingState,
  AuthenticatedState,
  UnauthenticatedState,
  Aal2RequiredState,
  ErrorState,
} from './sessionState'
export { useSessionExpiry } from './useSessionExpiry'
export type { SessionExpiry } from './useSessionExpiry'
export { usePrivilegedSession } from './usePrivilegedSession'
export type { PrivilegedSession, PrivilegedSessionOptions } from './usePrivilegedSession'
