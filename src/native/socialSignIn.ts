import { callKratos } from '../kratos/callKratos.js'
import { OrySessionError } from '../kratos/errors.js'
import { unexpectedAnswer } from '../session/interpretWhoami.js'
import type { SessionContextValue } from '../session/SessionContext.js'
import type { TokenTransport } from '../session/transport.js'
import { acceptTokenAnswer } from './acceptTokenAnswer.js'

/** How the app opens the provider's page: see {@link useSocialSignIn}. */
export type OpenAuthSession = (url: string, returnTo: string) => Promise<string | null | undefined>

/**
 * Kratos's native social sign-in (docs: social-signin/native-apps), in four steps:
 * 1. `GET /self-service/login/api?return_session_token_exchange_code=true&return_to=…` gives a
 *    flow with `session_token_exchange_code` (the init code);
 * 2. submitting the provider answers 422 with the provider's URL in `redirect_browser_to`;
 * 3. the app opens it in an auth session; Kratos ends it on `return_to?code=…` (the return code);
 * 4. `GET /sessions/token-exchange?init_code=&return_to_code=` gives `{ session_token, session }`.
 * Resolves `null` when the user closed the auth session.
 */
export async function socialSignIn(
  context: SessionContextValue & { transport: TokenTransport },
  provider: string,
  returnTo: string,
  openAuthSession: OpenAuthSession,
) {
  const init = await callKratos(context, {
    path: `self-service/login/api?return_session_token_exchange_code=true&return_to=${encodeURIComponent(returnTo)}`,
    viaFrontendApi: (api, options) => api.createNativeLoginFlow({ returnSessionTokenExchangeCode: true, returnTo }, options),
  })
  const flow = init.json as { id?: unknown; session_token_exchange_code?: unknown } | undefined
  const initCode = flow?.session_token_exchange_code
  if (init.status !== 200 || typeof flow?.id !== 'string' || typeof initCode !== 'string') throw unexpectedAnswer(init)

  const body = { method: 'oidc' as const, provider }
  const submitted = await callKratos(context, {
    path: `self-service/login?flow=${encodeURIComponent(flow.id)}`,
    method: 'POST',
    body,
    viaFrontendApi: (api, options) => api.updateLoginFlow({ flow: flow.id as string, updateLoginFlowBody: body }, options),
  })
  const providerUrl = (submitted.json as { redirect_browser_to?: unknown } | undefined)?.redirect_browser_to
  if (submitted.status !== 422 || typeof providerUrl !== 'string') throw unexpectedAnswer(submitted)

  const back = await openAuthSession(providerUrl, returnTo)
  if (!back) return null
  let returnCode: string | null = null
  try {
    returnCode = new URL(back).searchParams.get('code')
  } catch {
    // Not a URL: reported below.
  }
  if (!returnCode) {
    // A provider's refusal reaches the app only on the flow (Kratos ends the auth session on
    // return_to with no code and no error): read it again, so its message is the error's.
    const again = await callKratos(context, {
      path: `self-service/login/flows?id=${encodeURIComponent(flow.id)}`,
      viaFrontendApi: (api, options) => api.getLoginFlow({ id: flow.id as string }, options),
    }).catch(() => undefined)
    const said = (again?.json as { ui?: { messages?: { text: string }[] } } | undefined)?.ui?.messages?.map((message) => message.text).join(' ')
    throw new OrySessionError('invalid_response', said || `The auth session ended on ${back.slice(0, 200)} without Kratos's ?code=: the provider refused, or return_to is not the app's link.`)
  }
  const exchanged = await callKratos(context, {
    path: `sessions/token-exchange?init_code=${encodeURIComponent(initCode)}&return_to_code=${encodeURIComponent(returnCode)}`,
    viaFrontendApi: (api, options) => api.exchangeSessionToken({ initCode, returnToCode: returnCode as string }, options),
  })
  if (exchanged.status !== 200) throw unexpectedAnswer(exchanged)
  return acceptTokenAnswer(context, exchanged.json)
}
