/**
 * Kratos config merged over test/fixtures/native/capture/kratos.yml for the native social sign-in
 * test: Kratos on the ports it is given (the capture config pins 34433/34434, in Linux's ephemeral
 * range, where any outgoing connection can hold them), and sign-in through the local OpenID
 * Connect provider at `issuer` (localOidcProvider.mjs). Kratos reads it, as JSON, with `-c`.
 */
export function kratosOidcOverlay({ publicPort, adminPort, issuer }: { publicPort: number; adminPort: number; issuer: string }) {
  return {
    serve: {
      public: { port: publicPort, base_url: `http://localhost:${publicPort}/` },
      admin: { port: adminPort, base_url: `http://localhost:${adminPort}/` },
    },
    selfservice: {
      methods: {
        oidc: {
          enabled: true,
          config: {
            providers: [
              {
                id: 'local',
                provider: 'generic',
                client_id: 'kratos',
                client_secret: 'kratos-test-secret',
                issuer_url: issuer,
                // local claims = std.extVar("claims"); { identity: { traits: { email: claims.email } } }
                mapper_url: 'base64://bG9jYWwgY2xhaW1zID0gc3RkLmV4dFZhcigiY2xhaW1zIik7CnsgaWRlbnRpdHk6IHsgdHJhaXRzOiB7IGVtYWlsOiBjbGFpbXMuZW1haWwgfSB9IH0K',
                scope: ['openid', 'email'],
              },
            ],
          },
        },
      },
      flows: {
        registration: {
          after: {
            password: { hooks: [{ hook: 'session' }] },
            // Signing up with the provider signs in (the exchange needs a session).
            oidc: { hooks: [{ hook: 'session' }] },
          },
        },
      },
    },
  }
}
