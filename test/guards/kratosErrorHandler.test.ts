import { describe, expect, it, vi } from 'vitest'
import { createKratosErrorHandler, OrySessionError } from '../../src'
import { kratosErrors } from '../fixtures'
import { HttpResponse } from 'msw'
import { aal2LoginFlow, KRATOS_URL } from '../kratos'
import { aal2Flows } from '../fixtures/aal2'

const page = window.location.href // jsdom's http://localhost:3000/
const setup = () => {
  const navigate = vi.fn<(url: string) => void>()
  return { navigate, onError: createKratosErrorHandler({ baseUrl: KRATOS_URL, navigate }) }
}
// How @ory/client (axios) reports an HTTP error.
const axiosError = (status: number, data: unknown) => Object.assign(new Error(`Request failed with status code ${status}`), { response: { status, data } })

describe('createKratosErrorHandler', () => {
  it('403 session_aal2_required from any API → the second-factor step, back to this page', async () => {
    aal2LoginFlow(() => HttpResponse.json(aal2Flows.totp))
    const { navigate, onError } = setup()
    expect(await onError(axiosError(403, kratosErrors.whoami403Aal2))).toBe(true)
    const url = new URL(navigate.mock.calls[0]![0])
    expect(url.origin + url.pathname).toBe(`${KRATOS_URL}/self-service/login/browser`)
    expect(url.searchParams.get('aal')).toBe('aal2')
    expect(url.searchParams.get('return_to')).toBe(page)
  })

  it("403 session_refresh_required → Kratos's refresh URL with return_to rewritten from Kratos's settings endpoint to this page", async () => {
    const { navigate, onError } = setup()
    expect(kratosErrors.refreshRequired403.redirect_browser_to).toContain('return_to=http%3A%2F%2Flocalhost%3A4433%2Fself-service%2Fsettings')
    const body = { ...kratosErrors.refreshRequired403, redirect_browser_to: `${KRATOS_URL}/self-service/login/browser?refresh=true&return_to=${encodeURIComponent(`${KRATOS_URL}/self-service/settings?flow=f1`)}` }
    expect(await onError({ status: 403, body })).toBe(true)
    const url = new URL(navigate.mock.calls[0]![0])
    expect(url.searchParams.get('refresh')).toBe('true')
    expect(url.searchParams.get('return_to')).toBe(page)
  })

  it("422 browser_location_change_required → its redirect_browser_to, on Kratos's origin", async () => {
    const { navigate, onError } = setup()
    const target = `${KRATOS_URL}/self-service/login/browser?aal=aal2&return_to=${encodeURIComponent(page)}`
    expect(await onError(new OrySessionError('http', 'x', { status: 422, body: { ...kratosErrors.locationChange422, redirect_browser_to: target } }))).toBe(true)
    expect(navigate).toHaveBeenCalledWith(target)
  })

  it('never follows a redirect_browser_to to another origin (open redirect)', async () => {
    const { navigate, onError } = setup()
    const evil = { ...kratosErrors.locationChange422, redirect_browser_to: 'https://evil.example/phish' }
    expect(await onError(axiosError(422, evil))).toBe(false)
    const refresh = { ...kratosErrors.refreshRequired403, redirect_browser_to: 'https://evil.example/self-service/login/browser?refresh=true' }
    expect(await onError(axiosError(403, refresh))).toBe(true)
    expect(new URL(navigate.mock.calls[0]![0]).origin).toBe(KRATOS_URL)
    expect(navigate).toHaveBeenCalledTimes(1)
  })

  it('leaves every other error alone: network, 5xx, CSRF 403, 401, plain values', async () => {
    const { navigate, onError } = setup()
    for (const error of [new TypeError('Failed to fetch'), axiosError(500, {}), axiosError(403, kratosErrors.csrf403), axiosError(401, kratosErrors.whoami401), 'boom', null]) {
      expect(await onError(error)).toBe(false)
    }
    expect(navigate).not.toHaveBeenCalled()
  })

  it('does not loop: the same redirect right after coming back is not followed', async () => {
    aal2LoginFlow(() => HttpResponse.json(aal2Flows.totp))
    const first = setup()
    expect(await first.onError(axiosError(403, kratosErrors.whoami403Aal2))).toBe(true)
    // The page came back from Kratos (a new page load: a new handler), and the API still says aal2.
    const afterReturn = setup()
    expect(await afterReturn.onError(axiosError(403, kratosErrors.whoami403Aal2))).toBe(false)
    expect(afterReturn.navigate).not.toHaveBeenCalled()
  })
})
