import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import Provider, { interactionPolicy, type OidcContext } from 'oidc-provider'
import { OIDC_CLIENTS, OIDC_ISSUER, OIDC_PROVIDER_PORT } from './clients'
import { consentPage, loginPage } from './pages'

/** The running provider: its issuer URL and a `stop()` that resolves once its port is closed. */
export interface OidcProvider {
  readonly issuer: string
  stop(): Promise<void>
}

// Kratos requests `offline` (Hydra's name for a refresh token) besides `openid`; here it is a plain
// scope, shown on the consent screen as Hydra's app shows it, and granted or refused like any other.
const SCOPES = ['openid', 'offline']

/**
 * Starts panva's oidc-provider on the slot's port as the Hydra of Ory's suite behaves with its
 * login and consent app: the username typed at sign-in is the subject; the consent grants the
 * ticked scopes (no `openid`, no ID token) and puts the typed `website` (and the e-mail, the
 * subject) into the ID token; "remember" lets the next authorization skip that screen (a sign-in
 * for the browser, a consent for the person and client), and an unremembered one is asked for
 * again; "reject" sends `access_denied` back to Kratos.
 */
export async function startOidcProvider(): Promise<OidcProvider> {
  // The website a consent screen was given, by grant (a skipped consent gives none).
  const websites = new Map<string, string>()
  // "account client" pairs whose consent was remembered.
  const rememberedConsents = new Set<string>()

  const policy = interactionPolicy.base()
  // oidc-provider keeps every sign-in in its session (an unremembered one in a browser-session
  // cookie); Hydra asks again unless it was remembered.
  policy.get('login')?.checks.add(
    new interactionPolicy.Check('not_remembered', 'the last sign-in was not remembered', (ctx) => Boolean(ctx.oidc.session.accountId && ctx.oidc.session.transient && !ctx.oidc.result?.login)),
  )

  const provider = new Provider(OIDC_ISSUER, {
    clients: OIDC_CLIENTS.map(({ id, secret, redirectUri }) => ({ client_id: id, client_secret: secret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] })),
    scopes: SCOPES,
    claims: { openid: ['sub', 'email', 'website'] },
    // The claims in the ID token itself, as Hydra puts a consent's claims there (Kratos's mapper
    // reads the ID token), not only at the userinfo endpoint.
    conformIdTokenClaims: false,
    findAccount: (ctx: OidcContext, sub: string, token?: { grantId?: string }) => ({
      accountId: sub,
      claims: () => {
        const website = websites.get(token?.grantId ?? ctx.oidc.grant?.jti ?? '')
        return { sub, email: sub, ...(website ? { website } : {}) }
      },
    }),
    // A remembered consent is the person's for that client (as Hydra keeps it, beyond the browser's
    // session): the screen is skipped and every requested scope granted, without the claims typed
    // last time (Hydra's app accepts a skipped consent so). Any other consent is asked for again.
    loadExistingGrant: async (ctx: OidcContext) => {
      const justGiven = ctx.oidc.result?.consent?.grantId
      if (justGiven) return provider.Grant.find(justGiven)
      const accountId = ctx.oidc.account?.accountId
      if (!accountId || !rememberedConsents.has(`${accountId} ${ctx.oidc.client.clientId}`)) return undefined
      const grant = new provider.Grant({ accountId, clientId: ctx.oidc.client.clientId })
      for (const scope of requestedScopes(ctx.oidc.params.scope)) grant.addOIDCScope(scope)
      await grant.save()
      return grant
    },
    interactions: { policy, url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ['conformance-oidc-test-only'] },
    // Set, so the library does not warn about its defaults on every run; a test run is short.
    ttl: { AuthorizationCode: 600, AccessToken: 3600, IdToken: 3600, Interaction: 3600, Session: 86_400, Grant: 86_400 },
  })

  const interact = async (req: IncomingMessage, res: ServerResponse) => {
    const details = await provider.interactionDetails(req, res)
    const client = details.params.client_id ?? ''
    if (req.method === 'GET') {
      const html =
        details.prompt.name === 'login'
          ? loginPage(details.uid, { client, loginHint: details.params.login_hint ?? '' })
          : consentPage(details.uid, { client, scopes: requestedScopes(details.params.scope) })
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html)
      return
    }
    const form = new URLSearchParams(await readBody(req))
    const remember = form.get('remember') === '1'
    if (form.get('action') !== 'accept') {
      // Hydra's app words its refusals so; Kratos shows the description in its 4000001 message.
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: `${details.prompt.name} rejected request` }, { mergeWithLastSubmission: false })
      return
    }
    if (details.prompt.name === 'login') {
      await provider.interactionFinished(req, res, { login: { accountId: form.get('username') ?? '', remember } }, { mergeWithLastSubmission: false })
      return
    }
    const grant = new provider.Grant({ accountId: details.session?.accountId ?? '', clientId: client })
    const ticked = new Set(form.getAll('scope'))
    // Hydra issues a code for a consent that ticked nothing (a token without scopes, so no ID
    // token); oidc-provider refuses an empty grant (access_denied). What Kratos tells apart is
    // `openid` alone, so an empty consent grants `offline` (a refresh token's scope, carrying
    // nothing Kratos reads) to get the same answer: a token, no ID token.
    if (ticked.size === 0) ticked.add('offline')
    for (const scope of requestedScopes(details.params.scope)) {
      if (ticked.has(scope)) grant.addOIDCScope(scope)
      else grant.rejectOIDCScope(scope)
    }
    const grantId = await grant.save()
    const website = form.get('website')
    if (website) websites.set(grantId, website)
    if (remember) rememberedConsents.add(`${grant.accountId} ${client}`)
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true })
  }

  const callback = provider.callback()
  const server = createServer((req, res) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res)
    interact(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`interaction failed: ${String(error)}`)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(OIDC_PROVIDER_PORT, 'localhost', resolve)
  })
  return {
    issuer: OIDC_ISSUER,
    stop: () =>
      new Promise((resolve) => {
        // Kratos keeps its connection to the provider alive: close it, or close() waits for it.
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** The scopes of an authorization request the provider knows (the consent screen's boxes). */
function requestedScopes(scope: string | undefined): string[] {
  return (scope ?? '').split(' ').filter((name) => SCOPES.includes(name))
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => resolve(body))
    req.on('error', reject)
  })
}
