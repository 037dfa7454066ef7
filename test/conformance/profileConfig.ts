import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { OIDC_CLIENT_ENV, OIDC_ISSUER } from './oidc/clients'
import { splitDuplicateKeys } from './splitDuplicateKeys'
import { DEMO_URL, KRATOS_ADMIN_PORT, KRATOS_ADMIN_URL, KRATOS_PUBLIC_PORT, KRATOS_PUBLIC_URL } from './slot'

/** A config overlay: YAML text, or an object (written as JSON, which Kratos reads as well). */
export type Overlay = string | Record<string, unknown>

/**
 * Kratos's own profile files with every URL moved to this slot. Ory's suite serves its apps behind
 * a proxy on 4455 (the React app's verification page is /verify; the demo's is /verification) and
 * Kratos on 4433/4434; its schema and mapper paths are relative to the Kratos repository. Its
 * OpenID provider (Hydra on 4444, clients from run.sh's environment) is the slot's (oidc/).
 */
export function rewriteProfileYaml(text: string, e2eDir: string): string {
  return text
    .replace(/http:\/\/localhost:4455\/verify\b(?!ication)/g, `${DEMO_URL}/verification`)
    .replace(/http:\/\/(localhost|127\.0\.0\.1):(4455|4456|4458|3000)\b/g, DEMO_URL)
    .replace(/http:\/\/(localhost|127\.0\.0\.1):4433\b/g, KRATOS_PUBLIC_URL)
    .replace(/http:\/\/(kratos|localhost|127\.0\.0\.1):4434\b/g, KRATOS_ADMIN_URL)
    .replace(/http:\/\/localhost:4444\//g, OIDC_ISSUER)
    .replace(/file:\/\/test\/e2e\//g, `file://${e2eDir}/`)
    .replace(/\$\{(\w+)\}/g, (_, name: string) => OIDC_CLIENT_ENV[name] ?? process.env[name] ?? `unset-${name}`)
}

/** What this machine needs over every profile: the slot's ports, CORS for its demo, no network. */
export function machineOverlay(): Record<string, unknown> {
  return {
    serve: {
      public: {
        base_url: `${KRATOS_PUBLIC_URL}/`,
        port: KRATOS_PUBLIC_PORT,
        cors: {
          enabled: true,
          allowed_origins: [DEMO_URL],
          allow_credentials: true,
          allowed_methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
          allowed_headers: ['Authorization', 'Content-Type', 'Cookie', 'X-Session-Token', 'X-CSRF-Token'],
          exposed_headers: ['Content-Type', 'Set-Cookie', 'Link', 'X-Total-Count'],
        },
      },
      admin: { base_url: `${KRATOS_ADMIN_URL}/`, port: KRATOS_ADMIN_PORT },
    },
    // api.pwnedpasswords.com on every new password: offline here (and it would leak hash prefixes).
    selfservice: { methods: { password: { config: { haveibeenpwned_enabled: false } } } },
    // Ory's base config logs at trace with sensitive values: far too much output for a 2-core machine.
    log: { level: 'info', leak_sensitive_values: false },
  }
}

/** The profile of Ory's Playwright specs (playwright/tests/…): not a folder of profiles/. */
export const PLAYWRIGHT_PROFILE = 'playwright'

/**
 * Writes the config files for `profile` into `dir` and returns them in Kratos's `-c` order (later
 * files win; Kratos merges maps and replaces lists, as Ory's `yq … * …` does): base, profile,
 * this machine, then `overlays`. Profile `playwright`: Ory's Playwright base config, no profile file.
 */
export function writeProfileConfig(dir: string, e2eDir: string, profile: string, overlays: readonly Overlay[]): string[] {
  mkdirSync(dir, { recursive: true })
  const files: string[] = []
  const write = (name: string, text: string) => {
    const file = join(dir, name)
    writeFileSync(file, text)
    files.push(file)
  }
  if (profile === PLAYWRIGHT_PROFILE) {
    // Ory's Playwright specs run one Kratos on playwright/kratos.base-config.json, then each
    // describe's `configOverride` on top of it (the spec's overlays here).
    write('base.json', rewriteProfileYaml(readFileSync(join(e2eDir, 'playwright', 'kratos.base-config.json'), 'utf8'), e2eDir))
  } else {
    write('base.yml', rewriteProfileYaml(readFileSync(join(e2eDir, 'profiles', 'kratos.base.yml'), 'utf8'), e2eDir))
    // A profile file may name a key twice (recovery-mfa's selfservice.methods): one file per part.
    splitDuplicateKeys(rewriteProfileYaml(readFileSync(join(e2eDir, 'profiles', profile, '.kratos.yml'), 'utf8'), e2eDir)).forEach((part, index) =>
      write(index ? `${profile}-${index}.yml` : `${profile}.yml`, part),
    )
  }
  write('machine.json', JSON.stringify(machineOverlay()))
  overlays.forEach((overlay, index) => write(typeof overlay === 'string' ? `overlay-${index}.yml` : `overlay-${index}.json`, typeof overlay === 'string' ? overlay : JSON.stringify(overlay)))
  return files
}
