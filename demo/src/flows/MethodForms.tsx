import type { FlowHook, NodeComponents } from 'ory-session-react/flows'
import { Nodes } from 'ory-session-react/flows'
import { useLocale } from '../language'
import { demoNodeComponents } from './demoNodeComponents'

// The order a person meets the methods in; Kratos lists nodes by strategy.
const ORDER = ['profile', 'password', 'code', 'passkey', 'webauthn', 'totp', 'lookup_secret', 'oidc']
const TITLES: Record<string, string> = {
  profile: 'Profile',
  password: 'Password',
  code: 'One-time code by e-mail',
  passkey: 'Passkey',
  webauthn: 'Security key',
  totp: 'Authenticator app (TOTP)',
  lookup_secret: 'Backup codes',
  oidc: 'Social sign-in',
}

/**
 * One real `<form>` per method (password, code, passkey, TOTP, …), each with the shared nodes
 * (CSRF token, identifier): a submit sends one method, and the browser's required-field checks of
 * one method never block another.
 */
export function MethodForms({ flow, titled = false, components = demoNodeComponents }: { flow: FlowHook<unknown>; titled?: boolean; components?: Partial<NodeComponents> }) {
  const locale = useLocale()
  const groups = ORDER.filter((group) => flow.nodes.some((node) => node.group === group && node.attributes.node_type !== 'script'))
  return (
    <>
      {groups.map((group) => (
        <section key={group} aria-label={TITLES[group] ?? group}>
          {titled && <h2>{TITLES[group] ?? group}</h2>}
          <form {...flow.getFormProps()} data-testid={`form-${group}`} aria-busy={flow.status === 'submitting'} lang={locale?.lang}>
            <Nodes flow={flow} groups={['default', group]} components={components} locale={locale} />
          </form>
        </section>
      ))}
    </>
  )
}
