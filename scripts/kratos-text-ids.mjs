// Lists every UiText id Kratos defines, with the English template(s) and the `context` keys of the
// message constructors that use it, read from Kratos's Go source (`text/id.go`, `text/message_*.go`).
//
//   node scripts/kratos-text-ids.mjs            writes test/fixtures/kratos-text-ids.json
//   import { readKratosTextIds } from …         (test/flows/kratosTextIds.test.ts compares it)
//
// The list is committed because the unit tests run before Go has downloaded Kratos's module; the
// test re-reads the source when the module cache has it, so the list cannot drift from v1.3.1.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const KRATOS_VERSION = 'v1.3.1'
export const OUTPUT = fileURLToPath(new URL('../test/fixtures/kratos-text-ids.json', import.meta.url))

/** Kratos's `text/` directory in the Go module cache, or undefined when Go or the module is missing. */
export function kratosTextDir() {
  try {
    const cache = execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim()
    const dir = join(cache, `github.com/ory/kratos@${KRATOS_VERSION}`, 'text')
    return existsSync(join(dir, 'id.go')) ? dir : undefined
  } catch {
    return undefined
  }
}

// `const ( Name ID = 1010000 + iota … )`: each following bare name is the next number.
function parseIds(source) {
  const ids = new Map()
  for (const [, block] of source.matchAll(/const \(([\s\S]*?)\n\)/g)) {
    let next
    for (const line of block.split('\n')) {
      const code = line.replace(/\/\/.*/, '').trim()
      if (!code) continue
      const start = /^(\w+)\s+ID\s*=\s*(\d+)\s*\+\s*iota$/.exec(code)
      if (start) next = Number(start[2])
      else if (!/^\w+$/.test(code) || next === undefined) throw new Error(`id.go: cannot read ${JSON.stringify(line)}`)
      ids.set(start ? start[1] : code, next++)
    }
  }
  return ids
}

// Each `&Message{ ID: Name, Text: "…" | fmt.Sprintf("…", …) | variable, Context: context(map{ "key": … }) }`.
function parseMessages(source) {
  const messages = []
  for (const [, body] of source.matchAll(/&Message\{([\s\S]*?)\n\t\}/g)) {
    const name = /ID:\s*(\w+)/.exec(body)?.[1]
    if (!name) continue
    const text = /Text:\s*(?:fmt\.Sprintf\(\s*)?("(?:[^"\\]|\\.)*"|`[^`]*`|[\w.(), "]+)/.exec(body)?.[1]?.trim() ?? ''
    const english = text.startsWith('"') ? JSON.parse(text) : text.startsWith('`') ? text.slice(1, -1) : `<${text.replace(/,$/, "")}>`
    const context = [...(/Context:[\s\S]*/.exec(body)?.[0] ?? '').matchAll(/^\s*"(\w+)":/gm)].map((match) => match[1]).sort()
    messages.push({ name, english, context })
  }
  return messages
}

/** `[{ id, name, english: [templates], context: [keys] }]`, sorted by id. */
export function readKratosTextIds(dir) {
  const ids = parseIds(readFileSync(join(dir, 'id.go'), 'utf8'))
  const messages = readdirSync(dir)
    .filter((file) => /^message_\w+\.go$/.test(file) && !file.endsWith('_test.go'))
    .sort()
    .flatMap((file) => parseMessages(readFileSync(join(dir, file), 'utf8')))
  return [...ids]
    .map(([name, id]) => {
      const own = messages.filter((message) => message.name === name)
      return {
        id,
        name,
        english: [...new Set(own.map((message) => message.english))],
        context: [...new Set(own.flatMap((message) => message.context))].sort(),
      }
    })
    .sort((a, b) => a.id - b.id)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = kratosTextDir()
  if (!dir) throw new Error(`Kratos ${KRATOS_VERSION} is not in the Go module cache: run node scripts/kratos.mjs first`)
  const list = readKratosTextIds(dir)
  writeFileSync(OUTPUT, JSON.stringify({ kratos: KRATOS_VERSION, ids: list }, null, 2) + '\n')
  console.log(`${list.length} ids written to ${OUTPUT}`)
}
