import type { UiNode } from '@ory/client'
import type { FlowHook, NodeComponents } from 'ory-session-react/flows'
import { Nodes } from 'ory-session-react/flows'
import type { ReactNode } from 'react'
import { useLocale } from '../language'
import { demoNodeComponents } from './demoNodeComponents'

// Headings for the methods the demo's config turns on; any other group Kratos sends (a config the
// demo does not ship) is drawn too, under its own name.
const TITLES: Record<string, string> = {
  identifier_first: 'Your account',
  profile: 'Profile',
  password: 'Password',
  code: 'One-time code by e-mail',
  link: 'Link by e-mail',
  passkey: 'Passkey',
  webauthn: 'Security key',
  totp: 'Authenticator app (TOTP)',
  lookup_secret: 'Backup codes',
  oidc: 'Social sign-in',
}

// The order a person meets the methods in; Kratos lists nodes by strategy.
const ORDER = ['identifier_first', 'profile', 'password', 'code', 'link', 'passkey', 'webauthn', 'totp', 'lookup_secret', 'oidc']
const rank = (group: string) => (ORDER.includes(group) ? ORDER.indexOf(group) : ORDER.length)

/** Something a person sees or presses: not a script, not a hidden input. */
const shown = ({ attributes }: UiNode) => attributes.node_type !== 'script' && !(attributes.node_type === 'input' && attributes.type === 'hidden')

/**
 * Every group Kratos sends (the demo's order for the methods it knows, then Kratos's): one real `<form>` per
 * method (password, code, link, passkey, WebAuthn, TOTP, …), each with the shared `default` nodes
 * (CSRF token, identifier), so a submit sends one method and one method's required fields never
 * block another. Groups with nothing to show (a passkey's hidden challenge on identifier-first's
 * second screen) are left out.
 *
 * One-step (legacy) registration puts the traits in `default`, and every method submits them: then
 * one form holds them once, each method's nodes in a section of it (the SDK's `<Nodes>` keeps each
 * button to its own method's fields).
 */
export function MethodForms({ flow, titled = false, components = demoNodeComponents }: { flow: FlowHook<unknown>; titled?: boolean; components?: Partial<NodeComponents> }) {
  const locale = useLocale()
  // The demo's order for the methods it knows (password before passkey on the login page, as people
  // expect), then any other group in Kratos's order; `sort` is stable.
  const groups = [...new Set(flow.nodes.filter(shown).map((node) => node.group))].filter((group) => group !== 'default').sort((a, b) => rank(a) - rank(b))
  const section = (group: string, children: ReactNode, testId?: string) => (
    <section key={group} aria-label={TITLES[group] ?? group} data-testid={testId}>
      {titled && <h2>{TITLES[group] ?? group}</h2>}
      {children}
    </section>
  )
  const sharedTraits = groups.length > 1 && flow.nodes.some((node) => node.group === 'default' && shown(node) && node.attributes.node_type === 'input' && node.attributes.name.startsWith('traits.'))
  if (sharedTraits) {
    return (
      <form {...flow.getFormProps()} data-testid="form-shared" aria-busy={flow.status === 'submitting'} lang={locale?.lang}>
        <Nodes flow={flow} groups={['default']} components={components} locale={locale} />
        {groups.map((group) => section(group, <Nodes flow={flow} groups={[group]} components={components} locale={locale} />, `form-${group}`))}
      </form>
    )
  }
  return (
    <>
      {groups.map((group) =>
        section(
          group,
          <form {...flow.getFormProps()} data-testid={`form-${group}`} aria-busy={flow.status === 'submitting'} lang={locale?.lang}>
            <Nodes flow={flow} groups={['default', group]} components={components} locale={locale} />
          </form>,
        ),
      )}
    </>
  )
}
