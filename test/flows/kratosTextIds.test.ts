// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { KRATOS_VERSION, OUTPUT, kratosTextDir, readKratosTextIds, type KratosTextId } from '../../scripts/kratos-text-ids.mjs'
import { de } from '../../src/locales/de'

// The ids Kratos v1.3.1 defines, committed by `node scripts/kratos-text-ids.mjs` (CI's unit stage
// may run before Go has downloaded Kratos's module).
const committed = JSON.parse(readFileSync(OUTPUT, 'utf8')) as { kratos: string; ids: KratosTextId[] }

describe('the German locale covers every UiText id of Kratos v1.3.1', () => {
  it('has an entry for every id', () => {
    const missing = committed.ids.filter(({ id }) => de.messages[id] === undefined).map(({ id, name }) => `${id} ${name}`)
    expect(missing).toEqual([])
    expect(committed.ids.length).toBeGreaterThan(150)
  })

  it("has no entry for an id Kratos does not define, and each template's {placeholders} are keys Kratos puts in that id's context", () => {
    const byId = new Map(committed.ids.map((entry) => [entry.id, entry]))
    const problems: string[] = []
    for (const [key, message] of Object.entries(de.messages)) {
      const entry = byId.get(Number(key))
      if (!entry) problems.push(`${key}: not a Kratos id`)
      else if (typeof message === 'string') {
        for (const [, name] of message.matchAll(/\{(\w+)\}/g)) if (!entry.context.includes(name!)) problems.push(`${key}: {${name}} is not in its context (${entry.context.join(', ')})`)
      }
    }
    expect(problems).toEqual([])
  })

  const dir = kratosTextDir()
  it.skipIf(!dir)(`the committed list is what Kratos ${KRATOS_VERSION}'s text/ defines (Go module cache)`, () => {
    expect(committed.kratos).toBe(KRATOS_VERSION)
    expect(committed.ids).toEqual(readKratosTextIds(dir!))
  })
})
