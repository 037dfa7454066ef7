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
  /** Where Kratos sends the browser when the flow is done. */
  returnTo?: string | undefined
  /** Login only: `'aal2'` asks for the second factor. */
  aal?: 'aal1' | 'aal2' | undefined
  /** Login only: authenticate again although signed in. */
  refresh?: boolean | undefined
}
