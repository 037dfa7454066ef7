import { Configuration, FrontendApi } from '@ory/client'
import { act, screen, waitFor } from '@testing-library/react'
import { HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { useLogout } from '../../src'
import { kratosErrors } from '../fixtures'
import { answers, countRequests, KRATOS_URL, logoutFlow, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'

// The same answers as useSession.test.tsx, but every call goes through the app's own FrontendApi.
const client = new FrontendApi(new Configuration({ basePath: KRATOS_URL, baseOptions: { withCredentials: true } }))
const status = () => screen.getByTestId('status-status').textContent
const settled = () => waitFor(() => expect(status()).not.toBe('loading'))

describe('SessionProvider with an @ory/client FrontendApi', () => {
  it.each([
    ['200 session', answers.session(), 'authenticated', ''],
    ['401', answers.signedOut(), 'unauthenticated', ''],
    ['403 aal2', answers.aal2Required(), 'aal2_required', ''],
    ['403 csrf', () => HttpResponse.json(kratosErrors.csrf403, { status: 403 }), 'error', 'http:403'],
    ['500', answers.status(500), 'error', 'http:500'],
    ['network error', answers.networkError(), 'error', 'network:'],
    ['200 HTML', () => new HttpResponse('<html></html>', { status: 200, headers: { 'content-type': 'text/html' } }), 'error', 'invalid_response:200'],
  ])('%s → %s', async (_name, resolver, expectedStatus, expectedError) => {
    whoami(resolver)
    renderWithSession(<StatusProbe />, { client })
    await settled()
    expect(status()).toBe(expectedStatus)
    expect(screen.getByTestId('status-error').textContent).toBe(expectedError)
    expect(countRequests('/sessions/whoami')).toBe(1)
  })

  it('logs out through the client', async () => {
    whoami(answers.session())
    logoutFlow()
    function SignOut() {
      const { logout } = useLogout()
      return <button onClick={() => void logout()}>sign out</button>
    }
    renderWithSession(
      <>
        <StatusProbe />
        <SignOut />
      </>,
      { client },
    )
    await waitFor(() => expect(status()).toBe('authenticated'))
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    expect(countRequests('/self-service/logout')).toBe(1)
  })
})
