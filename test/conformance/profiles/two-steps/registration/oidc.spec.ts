// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/two-steps/registration/oidc.spec.ts,
// react variant (profile `two-steps`: registration in two steps): signing up through an OpenID
// provider (the slot's, ../../../oidc/, where Ory runs Hydra and its login and consent app), with
// the oidc profile's identity schema made the default (Ory's beforeEach `cy.setIdentitySchema`).
import { test } from '../../../oidc/fixtures'
import { identitySchemas } from '../../../helpers/identitySchema'
import {
  registerWithUpstreamParameters,
  signUpFromLogin,
  signUpPassesTransientPayload,
  signUpThenSignInFromRegistration,
  signUpToReturnTo,
  signUpWithCompleteData,
  signUpWithIncompleteData,
} from '../../../helpers/oidcSignUp'

test.use({ profile: 'two-steps' })

const PROFILE_SCHEMA = 'profiles/two-steps/identity.traits.schema.json'
/** Ory's `cy.setIdentitySchema(file)`: `file` (of the oidc profile) added and made the default. */
const schema = (file: string) => identitySchemas('oidc', { default: PROFILE_SCHEMA, oidc: `profiles/oidc/${file}` })
const oidcSchema = schema('identity.traits.schema.json')

test.describe('two-steps profile: social sign-up successes', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(oidcSchema))

  test('should be able to sign up with incomplete data and finally be signed in', async ({ page, kratos }) => {
    await signUpWithIncompleteData(page, kratos)
  })

  test('should pass transient_payload to webhook', async ({ page, kratos }) => {
    test.slow() // two Kratos restarts (the hook on, then the schema alone again)
    await signUpPassesTransientPayload(page, kratos, oidcSchema)
  })

  test('should be able to sign up with complete data', async ({ page, kratos }) => {
    await signUpWithCompleteData(page, kratos)
  })

  test('should be able to convert a sign up flow to a sign in flow', async ({ page, kratos }) => {
    await signUpThenSignInFromRegistration(page, kratos)
  })

  test('should be able to convert a sign in flow to a sign up flow', async ({ page, kratos }) => {
    await signUpFromLogin(page, kratos, identitySchemas('required', { default: PROFILE_SCHEMA, oidc: 'profiles/oidc/identity.traits.schema.json', required: 'profiles/oidc/identity-required.traits.schema.json' }))
  })

  test('should be able to sign up with redirects', async ({ page, kratos }) => {
    await signUpToReturnTo(page, kratos)
  })

  test('should be able to register with upstream parameters', async ({ page }) => {
    await registerWithUpstreamParameters(page)
  })
})
