export interface KratosTextId {
  id: number
  /** The Go constant in text/id.go. */
  name: string
  /** The English text of each constructor that uses the id (`<variable>` when Kratos passes one through). */
  english: string[]
  /** The keys the constructors put in `context`. */
  context: string[]
}
export const KRATOS_VERSION: string
export const OUTPUT: string
export function kratosTextDir(): string | undefined
export function readKratosTextIds(dir: string): KratosTextId[]
