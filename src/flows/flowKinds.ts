import type { LoginFlow, RecoveryFlow, RegistrationFlow, SettingsFlow, VerificationFlow } from '@ory/client'

/** The five self-service flows a page can run. */
export type FlowKind = 'login' | 'registration' | 'settings' | 'recovery' | 'verification'

/** Each kind's flow object, as @ory/client types it. */
export interface FlowByKind {
  login: LoginFlow
  registration: RegistrationFlow
  settings: SettingsFlow
  recovery: RecoveryFlow
  verification: VerificationFlow
}

/** Any self-service flow. */
export type AnyFlow = FlowByKind[FlowKind]

/** What a flow is started with. Kratos ignores what a kind does not take; the hooks only pass what applies. */
export interface FlowStartParams {
  /**
   * Where Kratos sends the browser when the flow is done. Kratos checks it against
   * `selfservice.allowed_return_urls` (else 400 `self_service_flow_return_to_forbidden`), and the
   * hooks then follow what Kratos answers (`redirect_browser_to`, the flow's `return_to`) to any
   * origin it allowed. A target Kratos never saw (the page's `?return_to=` when someone is already
   * signed in) must be on this app's origin or Kratos's (`invalid_return_to`): no open redirects.
   */
  returnTo?: string | undefined
  /** Login only: `'aal2'` asks for the second factor. */
  aal?: 'aal1' | 'aal2' | undefined
  /** Login only: authenticate again although signed in. */
  refresh?: boolean | undefined
}
