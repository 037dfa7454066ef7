// Kratos config overlay for security keys as a second factor (selfservice.methods.webauthn with
// passwordless off, as Kratos's own `mfa` profile runs it), the relying party on localhost. Shared
// by the fixture capture (scripts/flow-fixtures/scenarios/webauthn.mjs) and the browser test
// (test/e2e/securityKeys.spec.ts); only the SPA origins differ.

/** The overlay YAML for `origins` (the exact SPA origins the keys are used from). */
export function webauthnOverlay(origins) {
  return `selfservice:
  methods:
    webauthn:
      enabled: true
      config:
        passwordless: false
        rp:
          display_name: ory-session-react demo
          id: localhost
          origins:
${origins.map((origin) => `            - ${origin}`).join('\n')}
`
}
