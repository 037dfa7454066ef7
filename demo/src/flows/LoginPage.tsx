import type { UiNode } from '@ory/client'
import { useSession } from 'ory-session-react'
import { defaultNodeComponents, useLoginFlow, type InputNodeProps, type LoginFlowOptions } from 'ory-session-react/flows'
import { Link } from '../router'
import { demoNodeComponents } from './demoNodeComponents'
import { FlowScreen } from './FlowScreen'

/** `?aal=aal2` / `?refresh=true` of a page opened without a flow (a link to "/login?aal=aal2"). */
function optionsFromUrl(): LoginFlowOptions {
  const query = new URLSearchParams(window.location.search)
  return { ...(query.get('aal') === 'aal2' ? { aal: 'aal2' as const } : {}), ...(query.get('refresh') === 'true' ? { refresh: true } : {}) }
}

/**
 * With the `code` method on, Kratos v1.3.1's re-authentication flow asks for the identifier again
 * (an empty text input). The person is signed in: fill in their address for them.
 */
function IdentifierOfTheSession(props: InputNodeProps) {
  const { identity } = useSession()
  const email = identity?.traits.email
  if (props.attributes.name !== 'identifier' || props.attributes.value || typeof email !== 'string') return <defaultNodeComponents.Input {...props} />
  return <defaultNodeComponents.Input {...props} attributes={{ ...props.attributes, value: email }} />
}
const reauthenticationComponents = { ...demoNodeComponents, Input: IdentifierOfTheSession }

/**
 * Identifier-first login's second screen: Kratos keeps the identifier as a hidden input of the
 * `identifier_first` group and offers no way back (v1.3.1). A new flow is the way to another
 * account: the hook's `restart()`.
 */
function chosenIdentifier(nodes: readonly UiNode[]): string | undefined {
  for (const { group, attributes } of nodes) {
    if (group === 'identifier_first' && attributes.node_type === 'input' && attributes.name === 'identifier' && attributes.type === 'hidden') return String(attributes.value ?? '')
  }
  return undefined
}

/** Kratos's login UI: sign in, the second factor (aal2), and "confirm it is you" (refresh). */
export function LoginPage() {
  const login = useLoginFlow(optionsFromUrl())
  const refresh = login.flow?.refresh === true
  const secondFactor = login.flow?.requested_aal === 'aal2'
  if (login.status === 'done' && login.result.type === 'second_factor_missing') return <SecondFactorMissing />
  const chosen = chosenIdentifier(login.nodes)
  return (
    <FlowScreen
      title={refresh ? 'Confirm it is you (sign in again)' : secondFactor ? 'Second factor' : 'Sign in'}
      flow={login}
      intro={
        chosen !== undefined &&
        login.flow && (
          <p data-testid="identifier-chosen">
            Signing in as <strong>{chosen}</strong>.{' '}
            <button type="button" onClick={() => void login.restart()} disabled={login.status === 'submitting'}>
              Use a different account
            </button>
          </p>
        )
      }
      {...(refresh ? { components: reauthenticationComponents } : {})}
    >
      {/* A person signing in again or giving a second factor has an account already. */}
      {!refresh && !secondFactor && login.flow && (
        <p>
          <a href="/recovery">Forgot password?</a> · <a href="/registration">Create an account</a>
        </p>
      )}
    </FlowScreen>
  )
}

/** An aal2 login for someone who has no second factor: set one up instead of an empty form. */
function SecondFactorMissing() {
  return (
    <>
      <h1 data-testid="flow-title">Second factor</h1>
      <section data-testid="second-factor-missing">
        <p>This page needs a second factor, and your account has none yet.</p>
        <p>
          Set one up in <Link to="/settings">Settings</Link> (an authenticator app or backup codes), then come back.
        </p>
      </section>
    </>
  )
}
