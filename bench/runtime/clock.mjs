// Fake timers for the request and render benches: the same clock Vitest's vi.useFakeTimers uses
// (@sinonjs/fake-timers), faking exactly what test/timing.test.tsx fakes.
import FakeTimers from '@sinonjs/fake-timers'

export function installClock() {
  return FakeTimers.withGlobal(globalThis).install({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: Date.now(),
  })
}
