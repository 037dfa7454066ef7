import type { LoginFlow, SettingsFlow } from '@ory/client'
import { describe, expectTypeOf, it } from 'vitest'
import type { OrySessionError } from '../../src'
import {
  defaultNodeComponents,
  FlowForm,
  Nodes,
  prefetchFlow,
  useLoginFlow,
  useRecoveryFlow,
  useRegistrationFlow,
  useSettingsFlow,
  useVerificationFlow,
  type FlowOutcome,
  type FlowResult,
  type FlowStatus,
  type ButtonNodeProps,
  type InputNodeProps,
} from '../../src/flows'

// The TSDoc examples of src/flows, verbatim, so they keep compiling.
export function LoginPage() {
  const login = useLoginFlow()
  if (login.status === 'done' && login.result.type === 'second_factor_missing') {
    return <a href="/settings">Set up a second factor first</a>
  }
  if (login.status === 'error') return <button onClick={() => login.restart()}>Try again</button>
  return <FlowForm flow={login} />
}

export function RegistrationPage() {
  const registration = useRegistrationFlow({ returnTo: '/welcome' })
  if (registration.status === 'done' && registration.result.type === 'registered') {
    return <p>Account created. <a href="/login">Sign in</a></p>
  }
  return <FlowForm flow={registration} />
}

export function SettingsPage() {
  const settings = useSettingsFlow()
  return (
    <>
      {settings.saved && <p role="status">Saved.</p>}
      <FlowForm flow={settings} />
    </>
  )
}

export function RecoveryPage() {
  const recovery = useRecoveryFlow()
  return <FlowForm flow={recovery} />
}

export function VerificationPage() {
  const verification = useVerificationFlow()
  if (verification.status === 'done') return <p>Your address is verified. <a href="/">Continue</a></p>
  return <FlowForm flow={verification} />
}

function FancyInput({ attributes, label }: InputNodeProps) {
  return <input className="fancy" name={attributes.name} type={attributes.type} placeholder={label} />
}

export function PasswordOnlyLogin() {
  const login = useLoginFlow()
  return (
    <form {...login.getFormProps()}>
      <Nodes flow={login} groups={['default', 'password']} components={{ Input: FancyInput }} />
    </form>
  )
}

export function LoginPageWithFallback() {
  const login = useLoginFlow()
  return (
    <FlowForm flow={login} fallback={<p>Loading…</p>}>
      <a href="/recovery">Forgot password?</a>
    </FlowForm>
  )
}

const DefaultButton = defaultNodeComponents.Button
function PrimaryButton(props: ButtonNodeProps) {
  return <div className="primary"><DefaultButton {...props} /></div>
}

export function StyledLogin() {
  return <FlowForm flow={useLoginFlow()} components={{ Button: PrimaryButton }} />
}

describe('flows types', () => {
  it('narrowing on status gives the flow, the result or the error', () => {
    const login = useLoginFlow()
    expectTypeOf(login.status).toEqualTypeOf<FlowStatus>()
    expectTypeOf(login.flow).toEqualTypeOf<LoginFlow | undefined>()
    if (login.status === 'ready') expectTypeOf(login.flow).toEqualTypeOf<LoginFlow>()
    if (login.status === 'done') expectTypeOf(login.result).toEqualTypeOf<FlowResult>()
    if (login.status === 'error') expectTypeOf(login.error).toEqualTypeOf<OrySessionError>()
    if (login.status === 'redirecting') expectTypeOf(login.to).toEqualTypeOf<string>()
    // @ts-expect-error: `result` exists only once the status says 'done'
    void login.result
    expectTypeOf(useSettingsFlow().flow).toEqualTypeOf<SettingsFlow | undefined>()
  })

  it('actions resolve with an outcome and never need a catch', () => {
    const login = useLoginFlow()
    expectTypeOf(login.submit({ method: 'password', identifier: 'a', password: 'b' })).toEqualTypeOf<Promise<FlowOutcome>>()
    expectTypeOf(login.passkey()).toEqualTypeOf<Promise<FlowOutcome>>()
    expectTypeOf<FlowStatus>().toEqualTypeOf<'loading' | 'ready' | 'submitting' | 'redirecting' | 'done' | 'error'>()
  })

  it('options apply where they mean something', () => {
    useLoginFlow({ aal: 'aal2', refresh: true, returnTo: '/x' })
    // @ts-expect-error: aal is a login option only
    useSettingsFlow({ aal: 'aal2' })
    // @ts-expect-error: not an AAL Kratos knows
    useLoginFlow({ aal: 'aal3' })
  })

  it('prefetchFlow: a kind of flow and the provider-like config; anything else fails to compile', () => {
    // The TSDoc example of src/flows/prefetchFlow.ts (its module-scope line).
    const session = { baseUrl: 'https://auth.example.com' }
    prefetchFlow('login', session)
    prefetchFlow('settings', { baseUrl: 'https://auth.example.com', timeoutMs: 5000 })
    expectTypeOf(prefetchFlow).returns.toEqualTypeOf<void>()
    // @ts-expect-error: logout is no self-service flow with a ?flow= page
    prefetchFlow('logout', session)
    // @ts-expect-error: the config needs Kratos's URL
    prefetchFlow('login', {})
  })
})
