import type { UiNode } from '@ory/client'
import { useSocialSignIn } from 'ory-session-react/native'
import { popupAuthSession } from './authSession'
import { go } from './screen'

/** Where Kratos ends the auth session (`return_to?code=`): the app's callback screen. */
const RETURN_TO = `${window.location.origin}/mobile/Callback`

/**
 * A button per social sign-in provider the flow offers (its `oidc` nodes), run through the SDK's
 * native social sign-in (exchange code), never a form POST: the token must not pass the browser.
 */
export function SocialSignIn({ nodes }: { nodes: readonly UiNode[] }) {
  const { signIn, isPending, error } = useSocialSignIn({ returnTo: RETURN_TO, openAuthSession: popupAuthSession })
  const providers = nodes.flatMap((node) => (node.group === 'oidc' && node.attributes.node_type === 'input' && node.attributes.name === 'provider' ? [{ id: String(node.attributes.value), label: node.meta.label?.text ?? String(node.attributes.value) }] : []))
  return (
    <div data-testid="social-sign-in">
      {providers.map(({ id, label }) => (
        <button key={id} type="button" disabled={isPending} onClick={() => void signIn(id).then((outcome) => outcome && outcome !== 'cancelled' && go('Home'))}>
          {label}
        </button>
      ))}
      {error && <p role="alert">{error.message}</p>}
    </div>
  )
}

/** Kratos's flow groups but the social sign-in one (drawn by {@link SocialSignIn}). */
export function formGroups(nodes: readonly UiNode[]): string[] {
  return [...new Set(nodes.map((node) => node.group))].filter((group) => group !== 'oidc')
}
