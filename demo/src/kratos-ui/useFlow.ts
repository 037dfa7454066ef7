import { useEffect, useState } from 'react'
import { KRATOS_URL } from '../config'
import { goTo, kratosFetch } from './kratosFetch'

export type FlowKind = 'login' | 'registration' | 'settings'

/** Query parameters a new browser flow carries over from the page's URL. */
const CARRIED = ['return_to', 'aal', 'refresh'] as const

/** Starts a new browser flow of this kind: Kratos redirects back to this page with ?flow=<id>. */
export function restartFlow(kind: FlowKind, extra: Record<string, string> = {}) {
  const url = new URL(`${KRATOS_URL}/self-service/${kind}/browser`)
  const here = new URLSearchParams(window.location.search)
  for (const key of CARRIED) {
    const value = here.get(key)
    if (value) url.searchParams.set(key, value)
  }
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value)
  goTo(url.href)
}

/**
 * The flow named by `?flow=` (fetched from Kratos), or a fresh one when there is none or it
 * expired. `setFlow` lets a submit show the flow Kratos answered with (validation messages).
 */
export function useFlow<Flow>(kind: FlowKind) {
  const [flow, setFlow] = useState<Flow | undefined>()
  const [problem, setProblem] = useState<string | undefined>()
  const id = new URLSearchParams(window.location.search).get('flow')
  useEffect(() => {
    if (!id) return restartFlow(kind)
    let current = true
    kratosFetch(`/self-service/${kind}/flows?id=${encodeURIComponent(id)}`)
      .then(({ status, body }) => {
        if (!current) return
        if (status === 200) return setFlow(body as Flow)
        // 401 on settings: nobody is signed in; 403/404/410: CSRF cookie gone, unknown or expired flow.
        if (status === 401 && kind === 'settings') return restartFlow('login', { return_to: window.location.origin + '/settings' })
        if ([403, 404, 410].includes(status)) return restartFlow(kind)
        setProblem(body?.error?.message ?? `Kratos answered ${status}`)
      })
      .catch((error: unknown) => current && setProblem(String(error)))
    return () => {
      current = false
    }
  }, [id, kind])
  return { flow, setFlow, problem }
}
