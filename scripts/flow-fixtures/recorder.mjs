// Writes each captured answer's body to test/fixtures/flows/captured/<name>.json and keeps a manifest of what
// was asked and answered (test/fixtures/flows/captured/manifest.json), from which README.md's table is made.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURES_DIR = fileURLToPath(new URL('../../test/fixtures/flows/captured/', import.meta.url))
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g

/** The request as the manifest shows it: path and query, flow ids as `<id>`. */
function describe(method, url) {
  const parsed = new URL(url)
  return `${method} ${parsed.pathname}${parsed.search}`.replace(UUID, '<id>').replace(/code=\d+/, 'code=<code>')
}

export class Recorder {
  constructor() {
    this.entries = []
    this.variant = 'default'
  }

  /**
   * Clears old captures, so a removed scenario leaves no stale file behind; with `variants`, only
   * those variants' files, and the others' manifest entries are kept.
   */
  reset(variants = []) {
    mkdirSync(FIXTURES_DIR, { recursive: true })
    const manifest = join(FIXTURES_DIR, 'manifest.json')
    if (variants.length > 0 && existsSync(manifest)) {
      const old = JSON.parse(readFileSync(manifest, 'utf8'))
      this.entries = old.filter((entry) => !variants.includes(entry.variant))
      for (const entry of old) if (variants.includes(entry.variant)) rmSync(join(FIXTURES_DIR, `${entry.name}.json`), { force: true })
      return
    }
    for (const file of readdirSync(FIXTURES_DIR)) if (file.endsWith('.json')) rmSync(join(FIXTURES_DIR, file))
  }

  /**
   * Saves `answer` (from BrowserClient.request) as `<name>.json`. `status` is the status the name
   * promises: a different answer fails the capture instead of writing a misleading fixture.
   * Non-JSON answers are saved as `{ status, headers, text }` and marked in the manifest.
   */
  save(name, answer, status, note) {
    if (answer.status !== status) {
      throw new Error(`${name}: Kratos answered ${answer.status}, expected ${status}: ${JSON.stringify(answer.body?.ui?.messages ?? answer.body).slice(0, 400)} ${JSON.stringify(answer.body?.ui?.nodes?.flatMap((node) => node.messages) ?? []).slice(0, 400)}`)
    }
    if (this.entries.some((entry) => entry.name === name)) throw new Error(`fixture ${name} captured twice`)
    const json = typeof answer.body === 'object' && answer.body !== null
    const content = json ? answer.body : { status: answer.status, headers: answer.headers, text: answer.body }
    writeFileSync(join(FIXTURES_DIR, `${name}.json`), `${JSON.stringify(content, null, 2)}\n`)
    this.entries.push({
      name,
      variant: this.variant,
      request: describe(answer.request.method, answer.request.url),
      status: answer.status,
      ...(json ? {} : { nonJson: true }),
      ...(answer.hops.length ? { followed: answer.hops.map((hop) => `${hop.status} → ${new URL(hop.location).pathname}${new URL(hop.location).search}`.replace(UUID, '<id>')) } : {}),
      ...(answer.setCookies.length ? { setCookies: answer.setCookies } : {}),
      note,
    })
    return answer.body
  }

  /** Writes the manifest, entries in the order of `variants` (a recaptured variant stays in place). */
  writeManifest(variants) {
    this.entries.sort((a, b) => variants.indexOf(a.variant) - variants.indexOf(b.variant))
    writeFileSync(join(FIXTURES_DIR, 'manifest.json'), `${JSON.stringify(this.entries, null, 2)}\n`)
  }
}
