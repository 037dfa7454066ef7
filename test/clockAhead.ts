// `npm test`'s clock-ahead stage runs the vitest suite with TEST_CLOCK_AHEAD_DAYS set (365): this
// setup file, loaded first in every worker, moves the process clock that far ahead before any test
// file or fixture loads, so a captured body whose times were not moved to the test's clock
// (test/fixtures/atTestClock.ts) fails CI on the day it is written, not on the day it expires.
// `Date` is the only clock the SDK and the tests read for the calendar (timers and performance.now()
// measure durations and stay as they are); vitest's fake timers start from this Date.now().
const days = Number(process.env.TEST_CLOCK_AHEAD_DAYS ?? 0)

if (days) {
  const offset = days * 86_400_000
  const SystemDate = Date
  class AheadDate extends SystemDate {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length === 0) super(SystemDate.now() + offset)
      else super(...(args as ConstructorParameters<typeof Date>))
    }
    static override now() {
      return SystemDate.now() + offset
    }
  }
  globalThis.Date = AheadDate as DateConstructor
}
