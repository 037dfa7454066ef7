// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
// @ts-expect-error a plain .mjs script without types
import { identitySchemaToDeclaration } from '../../scripts/identity-schema-to-ts.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const toDeclaration = identitySchemaToDeclaration as (schema: unknown) => string

const richSchema = {
  $id: 'https://example.com/customer.schema.json',
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: {
        email: { type: 'string', format: 'email', 'ory.sh/kratos': { credentials: { password: { identifier: true } } } },
        name: { type: 'object', properties: { first: { type: 'string' }, last: { type: 'string' } }, required: ['first'] },
        newsletter: { type: 'boolean' },
        age: { type: 'integer' },
        tags: { type: 'array', items: { type: 'string' } },
        tier: { enum: ['free', 'pro'] },
        'favourite-colour': { type: ['string', 'null'] },
      },
      required: ['email', 'tier'],
      additionalProperties: false,
    },
    metadata_public: { type: 'object', properties: { plan: { enum: ['free', 'pro'] } }, required: ['plan'] },
  },
}

/** Type-checks `files` with the project's compiler options; returns the diagnostics as text. */
function typeCheck(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'typed-identity-'))
  const names = Object.entries(files).map(([name, text]) => {
    writeFileSync(join(dir, name), text)
    return join(dir, name)
  })
  const config = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')), ts.sys, root)
  const options = { ...config.options, paths: { 'ory-session-react': [join(root, 'src/index.ts')] }, baseUrl: root, types: [] }
  // The SDK's sources read process.env.NODE_ENV, declared by src/env.d.ts (as tsconfig.build.json does).
  const program = ts.createProgram([...names, join(root, 'src/env.d.ts')], options)
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

const usage = `
import { useSession } from 'ory-session-react'
export function Email() {
  const state = useSession()
  if (state.status !== 'authenticated' || !state.identity) return null
  const email: string = state.identity.traits.email
  // @ts-expect-error email is a string, not a number
  const wrong: number = state.identity.traits.email
  // @ts-expect-error phone is not in the schema
  void state.identity.traits.phone
  return email + String(wrong)
}
`

describe('scripts/identity-schema-to-ts.mjs + Register', () => {
  it('the demo schema types traits.email as a string', () => {
    const declaration = toDeclaration(JSON.parse(readFileSync(join(root, 'demo/kratos/identity.schema.json'), 'utf8')))
    expect(declaration).toContain('email: string')
    expect(typeCheck({ 'identity.d.ts': declaration, 'usage.ts': usage })).toEqual([])
  }, 60_000)

  it('nested objects, optional fields, arrays, enums, type lists and metadata_public', () => {
    const declaration = toDeclaration(richSchema)
    const rich = `${usage}
export function Details() {
  const state = useSession()
  if (state.status !== 'authenticated' || !state.identity) return null
  const { traits } = state.identity
  const first: string = traits.name?.first ?? ''
  const tags: string[] | undefined = traits.tags
  const tier: 'free' | 'pro' = traits.tier
  const colour: string | null | undefined = traits['favourite-colour']
  const plan: 'free' | 'pro' | undefined = state.identity.metadata_public?.plan
  // @ts-expect-error tier is an enum
  const bad: 'gold' = traits.tier
  return [first, tags, tier, colour, plan, bad, traits.age, traits.newsletter]
}
`
    expect(typeCheck({ 'identity.d.ts': declaration, 'usage.ts': rich })).toEqual([])
  }, 60_000)

  it('without the declaration the same checks fail (traits are any): the test can tell', () => {
    const diagnostics = typeCheck({ 'usage.ts': usage })
    expect(diagnostics.some((message) => message.includes("Unused '@ts-expect-error' directive"))).toBe(true)
  }, 60_000)
})

describe('the script from the command line', () => {
  it('node scripts/identity-schema-to-ts.mjs <schema> <out.d.ts> writes a declaration that compiles and types traits', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'identity-cli-')), 'identity.d.ts')
    execFileSync(process.execPath, [join(root, 'scripts/identity-schema-to-ts.mjs'), join(root, 'demo/kratos/identity.schema.json'), out])
    const declaration = readFileSync(out, 'utf8')
    expect(declaration).toContain("declare module 'ory-session-react'")
    expect(typeCheck({ 'identity.d.ts': declaration, 'usage.ts': usage })).toEqual([])
    // Without an output file it prints the same declaration.
    const printed = execFileSync(process.execPath, [join(root, 'scripts/identity-schema-to-ts.mjs'), join(root, 'demo/kratos/identity.schema.json')], { encoding: 'utf8' })
    expect(printed).toBe(declaration)
  }, 60_000)

  it('local $refs, oneOf/anyOf unions and allOf intersections', () => {
    const dir = mkdtempSync(join(tmpdir(), 'identity-cli-'))
    const address = { type: 'object', properties: { city: { type: 'string' }, zip: { type: 'string' } }, required: ['city'] }
    const schema = {
      type: 'object',
      $defs: { address, node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } } } },
      properties: {
        traits: {
          type: 'object',
          properties: {
            email: { type: 'string' },
            home: { $ref: '#/$defs/address' },
            contact: { oneOf: [{ type: 'object', properties: { phone: { type: 'string' } }, required: ['phone'] }, { type: 'null' }] },
            ids: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'number' }] } },
            shipping: { allOf: [{ $ref: '#/$defs/address' }, { type: 'object', properties: { country: { enum: ['DE', 'FR'] } }, required: ['country'] }] },
            loop: { $ref: '#/$defs/node' },
          },
          required: ['email', 'home'],
        },
      },
    }
    writeFileSync(join(dir, 'schema.json'), JSON.stringify(schema))
    const declaration = execFileSync(process.execPath, [join(root, 'scripts/identity-schema-to-ts.mjs'), join(dir, 'schema.json')], { encoding: 'utf8' })
    const refs = `${usage}
export function Address() {
  const state = useSession()
  if (state.status !== 'authenticated' || !state.identity) return null
  const { traits } = state.identity
  const city: string = traits.home.city
  const phone: string | undefined = traits.contact?.phone
  const ids: (string | number)[] | undefined = traits.ids
  const country: 'DE' | 'FR' | undefined = traits.shipping?.country
  const shippingCity: string | undefined = traits.shipping?.city
  // @ts-expect-error home is required and has no street
  void traits.home.street
  return [city, phone, ids, country, shippingCity, traits.loop?.next]
}
`
    expect(typeCheck({ 'identity.d.ts': declaration, 'usage.ts': refs })).toEqual([])
  }, 60_000)
})
