export { SessionProvider } from './SessionProvider.js'
export type { SessionProviderProps } from './SessionProvider.js'
export { useSession } from './useSession.js'
export { useDevices } from './useDevices.js'
export { RequireAuth } from './RequireAuth.js'
export type { RequireAuthProps, GuardErrorProps } from './RequireAuth.js'
export { useLogout } from './useLogout.js'
export type { LogoutControls, LogoutOptions } from './useLogout.js'
export { loginUrl } from './loginUrl.js'
export type { LoginUrlOptions } from './loginUrl.js'
export { sessionQueryOptions, DEFAULT_STALE_TIME, DEFAULT_TIMEOUT_MS } from './sessionQueryOptions.js'
export type { SessionQueryConfig } from './sessionQueryOptions.js'
export { OrySessionError, normalizeError } from './errors.js'
export type { KratosErrorBody, OrySessionErrorDetails, OrySessionErrorKind } from './errors.js'
export type { SessionAnswer } from './interpretWhoami.js'
export type { AccessRequirement } from './decideAccess.js'
export type {
  SessionState,
  SessionStatus,
  LoadingState,
  AuthenticatedState,
  UnauthenticatedState,
  Aal2RequiredState,
  ErrorState,
} from './sessionState.js'
export { useSessionExpiry } from './useSessionExpiry.js'
export type { SessionExpiry } from './useSessionExpiry.js'
export { usePrivilegedSession } from './usePrivilegedSession.js'
export type { PrivilegedSession, PrivilegedSessionOptions } from './usePrivilegedSession.js'
// Other sessions and devices
export { useSessions } from './useSessions.js'
export type { ListedSession, SessionsList, UseSessionsOptions } from './useSessions.js'
export { useRevokeSession } from './useRevokeSession.js'
export type { RevokeSessionControls } from './useRevokeSession.js'
export { useRevokeOtherSessions } from './useRevokeOtherSessions.js'
export type { RevokeOtherSessionsControls } from './useRevokeOtherSessions.js'
export { useStepUp } from './useStepUp.js'
export type { StepUpControls } from './useStepUp.js'
export { useReauthenticate } from './useReauthenticate.js'
export type { ReauthenticateControls, ReauthenticateOptions } from './useReauthenticate.js'
export type { LoginFlowOptions, LoginFlowControls } from './useLoginFlow.js'
export { createKratosErrorHandler } from './createKratosErrorHandler.js'
export type { KratosErrorHandlerOptions } from './createKratosErrorHandler.js'
export { ensureSession } from './ensureSession.js'
export type { EnsureSessionOptions } from './ensureSession.js'
export { LoginRedirect } from './LoginRedirect.js'
export type { LoginReason } from './decideAccess.js'
export { useSuspenseSession } from './useSuspenseSession.js'
export type { SettledSessionState } from './useSuspenseSession.js'
