// ory-session-react/flows: Kratos's self-service flows as headless hooks, plus a small renderer.
//
// Usage (inside <SessionProvider>; the page is Kratos's `selfservice.flows.<kind>.ui_url`):
//   const login = useLoginFlow({ returnTo?, aal?, refresh? })   // or useRegistrationFlow, useSettingsFlow,
//                                                               //    useRecoveryFlow, useVerificationFlow
//   login.status: 'loading' | 'ready' | 'submitting' | 'redirecting' | 'done' | 'error'
//   login.flow / nodes / messages / fieldErrors / error / saved (settings) / continueWith
//   login.result (status 'done'): signed_in | registered | verified | already_signed_in | second_factor_missing
//   await login.submit({ method: 'password', identifier, password })  → FlowOutcome (never rejects)
//   await login.passkey()   → runs navigator.credentials from the flow's passkey (or security key) nodes and submits
//   await login.restart()
//   <FlowForm flow={login} locale={de} /> (de from 'ory-session-react/locales/de'; formatUiText(uiText, de)) or <form {...login.getFormProps()}><Nodes flow={login} /></form>
// The flow id is kept in the page URL (?flow=), so a reload shows the same flow.
// prefetchFlow('login', { baseUrl }) at module scope in the entry file reads that flow before React renders.
export { useLoginFlow } from './useLoginFlow.js'
export type { LoginFlowOptions } from './useLoginFlow.js'
export { useRegistrationFlow } from './useRegistrationFlow.js'
export type { RegistrationFlowOptions } from './useRegistrationFlow.js'
export { useSettingsFlow } from './useSettingsFlow.js'
export type { SettingsFlowOptions } from './useSettingsFlow.js'
export { useRecoveryFlow } from './useRecoveryFlow.js'
export type { RecoveryFlowOptions } from './useRecoveryFlow.js'
export { useVerificationFlow } from './useVerificationFlow.js'
export type { VerificationFlowOptions } from './useVerificationFlow.js'
export type { FlowOptions, FlowActions, FlowHook, FlowFormElementProps } from './useFlow.js'
export type { FlowState, FlowStatus, FlowOutcome, FlowResult } from './flowState.js'
export type { FlowValues } from './flowBody.js'
export type { FlowKind } from './flowKinds.js'
export type { RestartReason } from './readFlowAnswer.js'
export { prefetchFlow } from './prefetchFlow.js'
export type { PrefetchFlowConfig } from './prefetchFlow.js'
export { FlowForm } from './FlowForm.js'
export type { FlowFormProps } from './FlowForm.js'
export { Nodes } from './Nodes.js'
export { useFocusOnError } from './useFocusOnError.js'
export type { NodesProps } from './Nodes.js'
export { formatUiText } from './formatUiText.js'
export type { Locale, LocaleMessage } from './formatUiText.js'
export { defaultNodeComponents } from './nodeComponents.js'
export type { NodeComponents, InputNodeProps, ButtonNodeProps, TextNodeProps, ImageNodeProps, AnchorNodeProps } from './nodeComponents.js'
