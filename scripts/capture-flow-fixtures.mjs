#!/usr/bin/env node
// Captures real answers of Kratos's browser self-service flows (JSON, as an SPA's fetch gets them)
// into test/fixtures/flows/captured/, for the MSW tests of ory-session-react/flows.
//   node scripts/capture-flow-fixtures.mjs            (every variant)
//   node scripts/capture-flow-fixtures.mjs webauthn   (one variant; the others' files stay)
// Starts the cached Kratos (scripts/kratos.mjs; built on first use) with demo/kratos/kratos.yml moved
// to ports 14433/14434 and the SPA origin http://localhost:15173, once per config variant, each on a
// fresh in-memory database, and stops it afterwards. Codes come from the admin courier API.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { latestCode } from './courier.mjs'
import { kratosVersion } from './kratos.mjs'
import { BrowserClient } from './flow-fixtures/browserClient.mjs'
import { ADMIN_URL, SPA_ORIGIN, startCaptureKratos } from './flow-fixtures/kratosInstance.mjs'
import { readme } from './flow-fixtures/readme.mjs'
import { FIXTURES_DIR, Recorder } from './flow-fixtures/recorder.mjs'
import { expiredApiVerificationCode, SHORT_CODE_OVERLAY } from './flow-fixtures/scenarios/expiredApiVerificationCode.mjs'
import { expiry, SHORT_LIFESPAN_OVERLAY } from './flow-fixtures/scenarios/expiry.mjs'
import { flagOff } from './flow-fixtures/scenarios/flagOff.mjs'
import { oneTimeCode } from './flow-fixtures/scenarios/oneTimeCode.mjs'
import { passwordAndSecondFactor } from './flow-fixtures/scenarios/passwordAndSecondFactor.mjs'
import { recovery } from './flow-fixtures/scenarios/recovery.mjs'
import { refresh, SHORT_PRIVILEGE_OVERLAY } from './flow-fixtures/scenarios/refresh.mjs'
import { settingsAndErrors } from './flow-fixtures/scenarios/settingsAndErrors.mjs'
import { verification } from './flow-fixtures/scenarios/verification.mjs'
import { webauthn, WEBAUTHN_OVERLAY } from './flow-fixtures/scenarios/webauthn.mjs'
import { IDENTIFIER_FIRST_OVERLAY, identifierFirst, ONE_STEP_OVERLAY, oneStepRegistration, SHOW_VERIFICATION_UI_OVERLAY, showVerificationUi } from './flow-fixtures/scenarios/otherConfigs.mjs'

export const VARIANTS = [
  { name: 'default', overlay: '', scenarios: [passwordAndSecondFactor, oneTimeCode, recovery, verification, settingsAndErrors] },
  { name: 'flag-off', overlay: 'feature_flags:\n  use_continue_with_transitions: false\n', scenarios: [flagOff] },
  { name: 'short-lifespan', overlay: SHORT_LIFESPAN_OVERLAY, scenarios: [expiry] },
  { name: 'short-privilege', overlay: SHORT_PRIVILEGE_OVERLAY, scenarios: [refresh] },
  { name: 'webauthn', overlay: WEBAUTHN_OVERLAY, scenarios: [webauthn] },
  { name: 'show-verification-ui', overlay: SHOW_VERIFICATION_UI_OVERLAY, scenarios: [showVerificationUi] },
  { name: 'one-step', overlay: ONE_STEP_OVERLAY, scenarios: [oneStepRegistration] },
  { name: 'identifier-first', overlay: IDENTIFIER_FIRST_OVERLAY, scenarios: [identifierFirst] },
  { name: 'short-code', overlay: SHORT_CODE_OVERLAY, scenarios: [expiredApiVerificationCode] },
]

// `node scripts/capture-flow-fixtures.mjs <variant>…` captures only those variants and keeps the
// other files (and manifest entries) as they are: a new variant does not rewrite every fixture.
const only = process.argv.slice(2)

async function main() {
  const recorder = new Recorder()
  const unknown = only.filter((name) => !VARIANTS.some((variant) => variant.name === name))
  if (unknown.length) throw new Error(`no variant ${unknown.join(', ')}`)
  recorder.reset(only)
  const started = Date.now()
  for (const variant of VARIANTS.filter(({ name }) => only.length === 0 || only.includes(name))) {
    recorder.variant = variant.name
    const kratos = await startCaptureKratos(variant.overlay)
    try {
      const context = {
        client: () => new BrowserClient({ origin: SPA_ORIGIN }),
        save: (...args) => recorder.save(...args),
        code: (email, templateTypes, skip) => latestCode(ADMIN_URL, email, { templateTypes, skip }),
      }
      for (const scenario of variant.scenarios) await scenario(context)
    } catch (error) {
      console.error(`✗ variant ${variant.name}: ${error.stack}\n  Kratos log: ${kratos.logFile}`)
      await kratos.stop()
      process.exit(1)
    }
    await kratos.stop()
  }
  recorder.writeManifest(VARIANTS.map(({ name }) => name))
  writeFileSync(join(FIXTURES_DIR, 'README.md'), readme({ version: kratosVersion(), entries: recorder.entries, variants: VARIANTS }))
  console.log(`› captured ${recorder.entries.length} answers of Kratos ${kratosVersion()} into ${FIXTURES_DIR} in ${Math.round((Date.now() - started) / 1000)} s`)
}

await main()
