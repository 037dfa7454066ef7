// A local OpenID Connect provider for the native social sign-in test: panva's oidc-provider (the
// certified Node implementation; 8.x supports Node 18/20 LTS), in memory, one client for Kratos,
// any login accepted by its development interactions (a login form, then a consent form).
import Provider from 'oidc-provider'

/** Starts the provider on `port`; resolves with its issuer URL and a `stop()`. */
export async function startOidcProvider({ port, redirectUri }) {
  const issuer = `http://localhost:${port}`
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'kratos', client_secret: 'kratos-test-secret', redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    // The e-mail in the ID token (Kratos's mapper reads the ID token's claims).
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, email: sub, email_verified: true }) }),
    cookies: { keys: ['native-oidc-test-only'] },
    features: { devInteractions: { enabled: true } },
  })
  const server = provider.listen(port)
  await new Promise((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  return { issuer, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}
