import { act, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { useVerificationFlow } from '../../src/flows'
import { atTestClock } from '../fixtures/atTestClock'
import { renderWithSession } from '../render'
import { KRATOS_URL, server } from '../kratos'

// Vitest runs from the repo root; jsdom gives import.meta.url an http: scheme, so resolve from cwd.
const CAPTURED = join(process.cwd(), 'test/fixtures/flows/captured')
const OWN = join(process.cwd(), 'test/fixtures/flows/hook-capture')
const statusOf = new Map<string, number>(
  (JSON.parse(readFileSync(join(CAPTURED, 'manifest.json'), 'utf8')) as { name: string; status: number }[]).map((entry) => [entry.name, entry.status]),
)

/** A captured Kratos v1.3.1 answer, its URLs moved to the test's Kratos and page origins, its times to the test's clock. */
export interface Captured {
  status: number
  body: Record<string, any>
}

/**
 * Reads an answer from test/fixtures/flows/captured/ (npm run capture:flows; status from its
 * manifest), or, for the few that set lacks, from hook-capture/ (`{request, status, body}`).
 */
export function captured(name: string): Captured {
  const status = statusOf.get(name)
  const file = status === undefined ? join(OWN, `${name}.json`) : join(CAPTURED, `${name}.json`)
  const raw = readFileSync(file, 'utf8')
    .replace(/http:\/\/localhost:(14433|24433)/g, KRATOS_URL)
    .replace(/http:\/\/localhost:(15173|25173)/g, window.location.origin)
  const parsed = JSON.parse(raw) as Captured | Captured['body']
  const capture = status === undefined ? (parsed as Captured) : { status, body: parsed }
  return { status: capture.status, body: atTestClock(capture.body) }
}

/** Answers with these captures in turn (the last one repeats); records each request's JSON body. */
export function kratosAnswers(method: 'get' | 'post', path: string, ...names: string[]) {
  const bodies: unknown[] = []
  let index = 0
  server.use(
    http[method](`${KRATOS_URL}${path}`, async ({ request }) => {
      if (method === 'post') bodies.push(await request.json())
      else bodies.push(Object.fromEntries(new URL(request.url).searchParams))
      const name = names[Math.min(index++, names.length - 1)]!
      if (name === 'network-error') return HttpResponse.error()
      if (name === 'html') return new HttpResponse('<html>proxy error</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })
      const { status, body } = captured(name)
      return HttpResponse.json(body, { status })
    }),
  )
  return bodies
}

/** whoami answers these captures in turn; returns how many times it was asked. */
export function whoamiAnswers(...names: string[]) {
  const calls = { count: 0 }
  server.use(
    http.get(`${KRATOS_URL}/sessions/whoami`, () => {
      const { status, body } = captured(names[Math.min(calls.count++, names.length - 1)]!)
      return HttpResponse.json(body, { status })
    }),
  )
  return calls
}

/** Renders `useHook` in StrictMode under the test provider; `result.current` is its latest value. */
export function renderHookPage<T extends { status: string }>(useHook: () => T) {
  const result = { current: undefined as unknown as T }
  function Probe() {
    result.current = useHook()
    return <p data-testid="status">{result.current.status}</p>
  }
  const rendered = renderWithSession(<Probe />)
  return { result, ...rendered }
}

export async function until<T extends { status: string }>(result: { current: T }, status: T['status']) {
  await waitFor(() => expect(result.current.status).toBe(status))
}

/** Calls an action of the hook inside act() and returns what it resolved with. */
export async function run<R>(action: () => Promise<R>): Promise<R> {
  let outcome: R | undefined
  await act(async () => {
    outcome = await action()
  })
  return outcome as R
}

export const id = (name: string) => captured(name).body.id as string

/** The verification flow Kratos prepared in a captured answer (its `continue_with` `show_verification_ui`). */
export function preparedVerification(name: string): { id: string; url: string } | undefined {
  return captured(name).body.continue_with?.find((item: { action: string }) => item.action === 'show_verification_ui')?.flow
}

/**
 * Opens the verification page at `url` (a prepared flow's), Kratos answering the flow's read with
 * `flowCapture`; `reads` and `started` record the reads and any new flow the page starts.
 */
export function openPreparedVerification(url: string, flowCapture: string) {
  window.history.replaceState(null, '', new URL(url).pathname + new URL(url).search)
  const reads = kratosAnswers('get', '/self-service/verification/flows', flowCapture)
  const started = kratosAnswers('get', '/self-service/verification/browser', 'verification-init-200')
  return { page: renderHookPage(() => useVerificationFlow()), reads, started }
}
export const pageUrl = () => new URL(window.location.href)
