// test/fixtures/flows/captured/README.md, written from the manifest so that it always lists what was captured.

const VARIANT_TEXT = {
  default: 'the demo config as it is (feature flag `use_continue_with_transitions: true`)',
  'flag-off': '`feature_flags.use_continue_with_transitions: false` (Kratos\'s default)',
  'short-lifespan': 'login, registration, settings, recovery and verification `lifespan: 1s`',
  'short-privilege': '`selfservice.flows.settings.privileged_session_max_age: 1s`',
  webauthn: '`selfservice.methods.webauthn` on, `passwordless: false` (security keys as a second factor), rp id `localhost`, origin the SPA\'s; the key is scripts/flow-fixtures/softAuthenticator.mjs',
}

const ROWS = [
  ['200 flow (init / GET)', ['login-init-200', 'registration-init-200', 'settings-init-200', 'recovery-init-200', 'verification-init-200', 'login-init-aal2-200', 'login-init-refresh-200']],
  ['200 flow after a recovery/verification submit (sent, wrong code)', ['recovery-email-200-sent', 'recovery-code-200-wrong', 'verification-email-200-sent', 'verification-code-200-wrong']],
  ['200 flow with a different id (303 followed)', ['recovery-code-used-200-new-flow-flag-off', 'recovery-code-too-often-200-new-flow-flag-off', 'recovery-submit-expired-200-new-flow', 'verification-submit-expired-200-new-flow']],
  ['200 success (login, registration)', ['login-password-200-success', 'login-code-200-success', 'login-aal2-totp-200-success', 'login-refresh-200-success', 'registration-password-200-success', 'registration-code-200-success']],
  ['200 settings saved (automatic redirect_browser_to)', ['settings-password-200-saved', 'settings-password-200-saved-with-return-to', 'settings-profile-200-verification-needed', 'settings-totp-200-saved', 'settings-lookup-secret-200-regenerated', 'settings-lookup-secret-200-confirmed', 'settings-password-200-after-recovery']],
  ['200 recovery passed_challenge + show_settings_ui (flag on)', ['recovery-code-200-passed-challenge', 'settings-flow-200-after-recovery']],
  ['200 verification passed_challenge', ['verification-code-200-passed-challenge']],
  ['200 verification flow after the e-mail link (code prefilled)', ['verification-flow-200-code-prefilled']],
  ['400 + flow: validation', ['registration-password-400-invalid', 'registration-password-400-duplicate', 'login-password-400-invalid-credentials', 'login-aal2-totp-400-invalid', 'settings-password-400-invalid', 'settings-totp-400-invalid', 'login-passkey-400-unparsable', 'login-code-400-wrong', 'registration-code-400-wrong', 'login-code-400-unknown-address', 'login-submit-400-used-flow-signed-in']],
  ['400 + flow: next step', ['registration-profile-400-next-step', 'registration-code-400-sent', 'login-code-400-sent', 'login-code-400-resent']],
  ['400 session_already_available', ['login-init-400-session-already-available', 'login-init-400-session-already-available-aal2-pending', 'login-init-aal2-400-already-aal2', 'recovery-init-400-session-already-available']],
  ['400 self_service_flow_return_to_forbidden', ['login-init-400-return-to-forbidden']],
  ['400 {error} without id + details.continue_with show_recovery_ui (flag on)', ['recovery-code-400-used', 'recovery-code-400-too-often']],
  ['401 session_inactive / 401 without id', ['settings-init-401-session-inactive', 'settings-flow-get-401-signed-out', 'whoami-401-signed-out']],
  ['401 session_aal1_required', ['login-init-aal2-401-aal1-required']],
  ['403 session_aal2_required', ['whoami-403-aal2-required', 'settings-init-403-aal2-required']],
  ['403 session_refresh_required', ['settings-submit-403-refresh-required']],
  ['403 security_csrf_violation / security_identity_mismatch', ['login-submit-403-csrf', 'login-flow-get-403-csrf', 'recovery-submit-403-csrf', 'verification-submit-403-csrf', 'settings-submit-403-identity-mismatch']],
  ['404 unknown flow', ['login-flow-404-unknown', 'registration-flow-404-unknown', 'settings-flow-404-unknown', 'recovery-flow-404-unknown', 'verification-flow-404-unknown']],
  ['410 with use_flow_id (expired submit, replaced) and the replacement', ['login-submit-410-expired', 'registration-submit-410-expired', 'settings-submit-410-expired', 'verification-code-410-replaced-after-pass', 'verification-code-410-replaced-too-often', 'login-flow-200-replacement', 'registration-flow-200-replacement', 'settings-flow-200-replacement']],
  ['410 without use_flow_id (GET of an expired flow)', ['login-flow-get-410-expired', 'registration-flow-get-410-expired', 'settings-flow-get-410-expired', 'recovery-flow-get-410-expired', 'verification-flow-get-410-expired']],
  ['422 browser_location_change_required', ['login-password-422-aal2-required', 'login-passkey-422-empty', 'recovery-code-422-settings-flag-off']],
  ['webauthn (security key as a second factor)', ['webauthn-settings-init-200', 'webauthn-settings-register-200', 'webauthn-login-password-422-aal2-required', 'webauthn-login-init-aal2-200', 'webauthn-login-aal2-400-invalid', 'webauthn-login-aal2-200-success', 'webauthn-settings-remove-200']],
  ['aal2 flow without a second factor', ['login-init-aal2-200-no-second-factor']],
  ['non-JSON answer', ['verification-link-303-not-json']],
  ['sessions and the courier', ['whoami-200-aal1', 'whoami-200-aal2-after-totp-enrolment', 'courier-messages-200']],
]

const cell = (text) => String(text).replaceAll('|', '\\|')

export function readme({ version, entries, variants }) {
  const captured = new Set(entries.map((entry) => entry.name))
  for (const [, files] of ROWS) for (const file of files) if (!captured.has(file)) throw new Error(`README names ${file}, which was not captured`)
  const lines = [
    '# Kratos flow answers (captured)',
    '',
    `Real answers of **Ory Kratos ${version}** (built from the Go module proxy, the release pinned in`,
    '`demo/kratos/go.mod`) to the browser self-service flows, requested the way an SPA does: Node `fetch`',
    'with a cookie jar per browser, `Accept: application/json`, `Origin: http://localhost:15173`, JSON',
    'bodies, redirects followed as the browser\'s fetch follows them (303 → GET, cookies kept).',
    '',
    '**Regenerate:** `npm run capture:flows` (= `node scripts/capture-flow-fixtures.mjs`) (about 20 s; it starts and stops Kratos',
    'itself on ports 14433/14434, so it needs no lock and no demo). It rewrites every file here.',
    '',
    '**Config:** `demo/kratos/kratos.yml` + `identity.schema.json`, with `localhost:4433`→`14433`,',
    '`4434`→`14434`, `5173`→`15173` (`4173`→`15174`) and `serve.{public,admin}.port` set, started with',
    '`kratos serve --dev` (no courier worker: e-mails stay queued, their codes are read from the admin API',
    '`GET /admin/courier/messages`), `dsn: memory` (a fresh database per variant). Variants add an overlay:',
    '',
    ...variants.map((variant) => `- \`${variant.name}\`: ${VARIANT_TEXT[variant.name]}`),
    '',
    '**Files:** `<name>.json` is the answer\'s body exactly as Kratos sent it (the status is in the name',
    'and in `manifest.json`). The one non-JSON answer is stored as `{status, headers, text}`.',
    '`manifest.json` lists, per file: variant, request (flow ids as `<id>`, codes as `<code>`), status, the redirects fetch',
    'followed, and the cookies the answer set.',
    '',
    '**Normalised:** nothing. Ids, timestamps, CSRF tokens, codes and TOTP secrets are the ones Kratos',
    'made in that run (a throw-away in-memory database); e-mail addresses are fixed (`anna@example.com`, …)',
    'so a rerun changes only those volatile values. Ids are consistent within a variant: a `use_flow_id`',
    'or `continue_with` flow id names the flow of the matching `*-flow-200-*` file where one was captured.',
    'URLs point at `http://localhost:14433` (Kratos) and `http://localhost:15173` (the SPA).',
    '',
    '**Not here (no Kratos body):** a network failure and a non-JSON answer from a proxy (tests build',
    'those with MSW `HttpResponse.error()` / `HttpResponse.text()`); passkey registration and login with',
    'a real credential (need a browser: the e2e suite does them with Chromium\'s virtual authenticator).',
    '',
    '## Rows of the answer table (`FLOWS-AND-NATIVE.md`, corrected by its section C) → files',
    '',
    ...ROWS.map(([row, files]) => `- ${row}: ${files.map((file) => `\`${file}\``).join(', ')}`),
    '',
    '## Every file',
    '',
    '| File | Variant | Request | Status | Followed | What it is |',
    '|---|---|---|---|---|---|',
    ...entries.map((entry) =>
      `| \`${entry.name}.json\` | ${entry.variant} | \`${cell(entry.request)}\` | ${entry.status}${entry.nonJson ? ' (not JSON)' : ''} | ${cell((entry.followed ?? []).join(', '))} | ${cell(entry.note)} |`,
    ),
    '',
  ]
  return lines.join('\n')
}
