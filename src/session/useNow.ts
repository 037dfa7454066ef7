import { useEffect, useState } from 'react'

/**
 * The current time, refreshed every `intervalMs` while `active`; for countdowns. The callers hand
 * their `intervalMs` option as they got it: once a second when the app set none.
 */
export function useNow(intervalMs = 1000, active: boolean): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    if (!active) return undefined
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs, active])
  return now
}
