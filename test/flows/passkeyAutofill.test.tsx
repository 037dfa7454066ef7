import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useLoginFlow } from '../../src/flows'
import { fromBase64Url } from '../../src/flows/webauthnJson'
import { captured, kratosAnswers, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

// Passkey autofill (WebAuthn conditional mediation) on Kratos v1.3.1's identifier-first login: its
// first screen carries `passkey_challenge` and a `passkey_login` node whose onloadTrigger is
// `oryPasskeyLoginAutocompleteInit`, the function Kratos's webauthn.js runs on load. Found by the
// port of Kratos's playwright/tests/desktop/identifier_first/passkeys.login.spec.ts.

afterEach(() => vi.unstubAllGlobals())
beforeEach(() => window.history.replaceState(null, '', '/login'))

const bytes = (values: number[]) => new Uint8Array(values).buffer
type GetOptions = { publicKey: { challenge: ArrayBuffer }; mediation?: string; signal?: AbortSignal }

/**
 * A browser with conditional mediation (`available`) whose `get` waits until `pick()` answers the
 * oldest waiting request with a passkey, or the request's signal aborts it (as browsers do).
 */
function stubBrowser(available = true) {
  const waiting: { options: GetOptions; resolve: (credential: unknown) => void }[] = []
  const get = vi.fn(
    (options: GetOptions) =>
      new Promise((resolve, reject) => {
        const request = { options, resolve }
        waiting.push(request)
        options.signal?.addEventListener('abort', () => {
          waiting.splice(waiting.indexOf(request), 1)
          reject(new DOMException('aborted', 'AbortError'))
        })
      }),
  )
  vi.stubGlobal('PublicKeyCredential', { isConditionalMediationAvailable: async () => available })
  vi.stubGlobal('navigator', { ...navigator, credentials: { get, create: vi.fn() } })
  const passkey = { id: 'pk-1', rawId: bytes([1, 2]), type: 'public-key', response: { clientDataJSON: bytes([3]), authenticatorData: bytes([4]), signature: bytes([5]), userHandle: bytes([6]) } }
  return { get, pick: () => waiting.shift()!.resolve(passkey) }
}

const challengeOf = (name: string) => JSON.parse(captured(name).body.ui.nodes.find((node: { attributes: { name?: string } }) => node.attributes.name === 'passkey_challenge').attributes.value).publicKey.challenge as string

/** The login page on Kratos's identifier-first first screen, in a browser stubbed as above, ready. */
async function openIdentifierFirstLogin(available = true) {
  whoamiAnswers('whoami-401-signed-out')
  kratosAnswers('get', '/self-service/login/browser', 'login-init-200-identifier-first')
  const browser = stubBrowser(available)
  const page = renderHookPage(() => useLoginFlow())
  await until(page.result, 'ready')
  return { browser, ...page }
}

describe('passkey autofill on the login page (conditional mediation)', () => {
  it('the first identifier-first screen waits for a passkey from the autofill; the one picked is submitted as passkey_login, and the next screen waits again', async () => {
    const posts = kratosAnswers('post', '/self-service/login', 'login-passkey-400-unparsable')
    const { browser, result } = await openIdentifierFirstLogin()
    await vi.waitFor(() => expect(browser.get).toHaveBeenCalledTimes(1))
    const [options] = browser.get.mock.calls[0]!
    expect(options.mediation).toBe('conditional')
    expect([...new Uint8Array(options.publicKey.challenge)]).toEqual([...new Uint8Array(fromBase64Url(challengeOf('login-init-200-identifier-first')))])
    expect(posts).toEqual([])

    browser.pick()
    await vi.waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]).toMatchObject({ method: 'passkey', passkey_login: expect.stringContaining('"id":"pk-1"'), csrf_token: expect.any(String) })
    // Kratos's answer (4000001 for this made-up passkey) is shown, and its new challenge awaited.
    await vi.waitFor(() => expect(result.current.messages.map((message) => message.id)).toContain(4000001))
    await vi.waitFor(() => expect(browser.get).toHaveBeenCalledTimes(2))
    expect(browser.get.mock.calls[1]![0].mediation).toBe('conditional')
  })

  it('the passkey button stops the waiting autofill first (one WebAuthn request at a time), then asks for a passkey in the browser\'s dialog', async () => {
    const posts = kratosAnswers('post', '/self-service/login', 'login-passkey-400-unparsable')
    const { browser, result } = await openIdentifierFirstLogin()
    await vi.waitFor(() => expect(browser.get).toHaveBeenCalledTimes(1))
    const autofill = browser.get.mock.calls[0]![0]

    const pressed = result.current.passkey()
    await vi.waitFor(() => expect(browser.get).toHaveBeenCalledTimes(2))
    expect(autofill.signal?.aborted).toBe(true)
    expect(browser.get.mock.calls[1]![0].mediation).toBeUndefined()
    browser.pick()
    await run(() => pressed)
    expect(posts).toHaveLength(1)
    expect(posts[0]).toMatchObject({ method: 'passkey', passkey_login: expect.any(String) })
  })

  it('leaving the page stops the waiting autofill', async () => {
    const { browser, unmount } = await openIdentifierFirstLogin()
    await vi.waitFor(() => expect(browser.get).toHaveBeenCalledTimes(1))
    unmount()
    expect(browser.get.mock.calls[0]![0].signal?.aborted).toBe(true)
  })

  it('a browser without conditional mediation is not asked', async () => {
    const { browser } = await openIdentifierFirstLogin(false)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(browser.get).not.toHaveBeenCalled()
  })
})
