import { createServer, type Server } from 'node:http'
import { expect, type Page } from '@playwright/test'
import type { ConformanceKratos } from '../kratosFixture'
import type { Overlay } from '../profileConfig'
import { extraPort } from '../slot'

/**
 * A web_hook target on this machine (Ory's suite PUTs to a document store on the internet): keeps
 * each PUT body by path, so a case can read what Kratos sent (`document(key)`).
 */
export interface WebhookTarget {
  /** The URL for Kratos's `web_hook` config that stores its body under `key`. */
  url(key: string): string
  /** The body Kratos sent for `key` (parsed JSON), if it came. */
  document(key: string): unknown
  close(): Promise<void>
}

/** Starts the target on the slot's extra port `index` (see slot.ts). */
export async function startWebhookTarget(index = 0): Promise<WebhookTarget> {
  const port = extraPort(index)
  const documents = new Map<string, unknown>()
  const server: Server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      if (request.method === 'PUT') documents.set(request.url ?? '', JSON.parse(body || 'null'))
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve))
  return {
    url: (key) => `http://localhost:${port}/documents/${key}`,
    document: (key) => documents.get(`/documents/${key}`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/**
 * Adds `transient_payload` to every self-service form the page POSTs to Kratos (Ory's
 * `testFlowWebhook` intercept), JSON or form-encoded.
 */
export async function addTransientPayload(page: Page, publicUrl: string, payload: unknown): Promise<void> {
  await page.route(new RegExp(`^${publicUrl}/self-service/(registration|login|recovery|verification|settings)`), async (route) => {
    const request = route.request()
    if (request.method() !== 'POST') return route.continue()
    const body = request.postData() ?? ''
    const json = (request.headers()['content-type'] ?? '').includes('json')
    const postData = json ? JSON.stringify({ ...JSON.parse(body || '{}'), transient_payload: payload }) : `${body}&transient_payload=${encodeURIComponent(JSON.stringify(payload))}`
    await route.continue({ postData })
  })
}

/**
 * Ory's `testFlowWebhook`: a `web_hook` (then `hooksAfter`) runs after `flow` by `method`, every
 * form the page sends carries a transient_payload, `act` goes through the flow, and the hook must
 * have received the identity and that payload. `keep`: overlays that stay under the hook (Ory's
 * `setupHooks` keeps what the case set before), and that Kratos runs again afterwards.
 */
export async function expectTransientPayloadInHook(
  page: Page,
  kratos: ConformanceKratos,
  { flow, method, hooksAfter = [{ hook: 'session' }], keep = [] }: { flow: 'registration' | 'login'; method: string; hooksAfter?: Array<{ hook: string }>; keep?: Overlay[] },
  act: () => Promise<unknown>,
): Promise<void> {
  const target = await startWebhookTarget()
  try {
    const key = `hook-${Date.now()}-${Math.random().toString(16).slice(2)}`
    const webHook = { hook: 'web_hook', config: { body: `base64://${Buffer.from('function(ctx) ctx').toString('base64')}`, url: target.url(key), method: 'PUT' } }
    await kratos.configure(...keep, { selfservice: { flows: { [flow]: { after: { [method]: { hooks: [webHook, ...hooksAfter] } } } } } })
    const transient_payload = { stuff: { blub: [42, 3.14152], fu: 'bar' }, consent: true }
    await addTransientPayload(page, kratos.publicUrl, transient_payload)
    await act()
    const document = target.document(key) as { identity?: unknown; flow?: { transient_payload?: unknown } } | undefined
    expect(document?.identity).toBeDefined()
    expect(document?.flow?.transient_payload).toEqual(transient_payload)
  } finally {
    await target.close()
    await kratos.configure(...keep)
  }
}
