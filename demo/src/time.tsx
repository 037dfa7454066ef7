const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

/** "3 minutes ago", "in 23 hours", "now": the largest unit that fits, for a person to read. */
export function fromNow(date: Date, now = Date.now()): string {
  const difference = date.getTime() - now
  for (const [unit, size] of UNITS) {
    if (Math.abs(difference) >= size) return relative.format(Math.round(difference / size), unit)
  }
  return relative.format(Math.round(difference / 1000), 'second')
}

/**
 * A timestamp as a person reads it ("3 minutes ago"), with the exact time on hover and in
 * `dateTime` (machines and tests read that one).
 */
export function Time({ value, testId }: { value: string | Date | undefined; testId?: string }) {
  if (!value) return <span>unknown</span>
  const date = typeof value === 'string' ? new Date(value) : value
  return (
    <time dateTime={date.toISOString()} title={absolute.format(date)} data-testid={testId}>
      {fromNow(date)}
    </time>
  )
}
