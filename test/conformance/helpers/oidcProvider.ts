import { join } from 'node:path'
import { startOidcProvider } from '../../e2e/nativeOidc/localOidcProvider.mjs'
import { ensureKratosE2eDir } from '../kratosModule'
import { extraPort, KRATOS_PUBLIC_URL } from '../slot'

/**
 * Ory's `hydra` provider (Playwright base config: label "Ory", mapper hydra.jsonnet: email = sub,
 * website) on this machine: test/e2e's oidc-provider on the slot's extra port 0, its accounts with
 * a website (Ory's consent form types one). `overlay()` points Kratos at it once `start()` resolved.
 */
export function hydraStandIn() {
  let issuer = ''
  let stop: (() => Promise<void>) | undefined
  return {
    async start() {
      const provider = await startOidcProvider({ port: extraPort(0), redirectUri: `${KRATOS_PUBLIC_URL}/self-service/methods/oidc/callback/hydra`, profile: { website: 'https://example.com' } })
      issuer = provider.issuer
      stop = provider.stop
    },
    stop: () => stop?.(),
    overlay: () => ({
      selfservice: {
        methods: {
          oidc: {
            enabled: true,
            config: {
              providers: [{ id: 'hydra', label: 'Ory', provider: 'generic', client_id: 'kratos', client_secret: 'kratos-test-secret', issuer_url: issuer, scope: ['openid', 'email', 'profile'], mapper_url: `file://${join(ensureKratosE2eDir(), 'profiles/oidc/hydra.jsonnet')}` }],
            },
          },
        },
      },
    }),
  }
}
