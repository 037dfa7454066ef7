// A local OpenID Connect provider for the native social sign-in test: panva's oidc-provider (the
// certified Node implementation; 8.x supports Node 18/20 LTS), in memory, one client for Kratos,
// any login accepted by its development interactions (a login form, then a consent form).
import { createServer } from 'node:http'
import Provider from 'oidc-provider'

/**
 * Starts the provider on `port` (default: one the system picks, so it never collides with
 * another server or a connection's port); resolves with its issuer URL and a `stop()` that
 * resolves once the port is closed.
 */
export async function startOidcProvider({ port = 0, redirectUri, profile = {} }) {
  // Listening first: the issuer URL names the port, and the provider needs it from the start.
  const server = createServer()
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, 'localhost', resolve)
  })
  const issuer = `http://localhost:${server.address().port}`
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'kratos', client_secret: 'kratos-test-secret', redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: Object.keys(profile) },
    // The e-mail in the ID token (Kratos's mapper reads the ID token's claims).
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, email: sub, email_verified: true, ...profile }) }),
    cookies: { keys: ['native-oidc-test-only'] },
    features: { devInteractions: { enabled: true } },
  })
  server.on('request', provider.callback())
  const stop = () =>
    new Promise((resolve) => {
      // Kratos keeps its connection to the provider alive: close it, or close() waits for it.
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return { issuer, stop }
}
