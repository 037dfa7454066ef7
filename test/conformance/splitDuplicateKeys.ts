/**
 * Splits a YAML file at a key that repeats inside one top-level block (`recovery-mfa/.kratos.yml`
 * has two `selfservice.methods`: password and link, then TOTP and lookup secrets). Kratos refuses
 * such a file ("mapping key already defined"); Ory's suite merges profiles with `yq … * …`, which
 * applies both. Each part here is its own `-c` file, and Kratos deep-merges them the same way.
 * Only second-level keys (two-space indent) are looked at: the only repeats in Ory's profiles.
 */
export function splitDuplicateKeys(text: string): string[] {
  const parts: string[][] = [[]]
  let top = ''
  let seen = new Set<string>()
  for (const line of text.split('\n')) {
    const topKey = line.match(/^([\w-]+):/)?.[1]
    if (topKey) {
      top = line
      seen = new Set()
    }
    const key = line.match(/^ {2}([\w-]+):/)?.[1]
    if (key && seen.has(key)) {
      parts.push([top])
      seen = new Set()
    }
    if (key) seen.add(key)
    ;(parts.at(-1) as string[]).push(line)
  }
  return parts.map((part) => part.join('\n'))
}
