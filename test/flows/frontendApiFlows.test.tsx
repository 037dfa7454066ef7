import { Configuration, FrontendApi } from '@ory/client'
import { waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { useLoginFlow, useRecoveryFlow, useRegistrationFlow, useSettingsFlow, useVerificationFlow } from '../../src/flows'
import { renderWithSession } from '../render'
import { KRATOS_URL } from '../kratos'
import { id, kratosAnswers, run, whoamiAnswers } from './flowKratos'

// The flow hooks with the app's own @ory/client FrontendApi: every start, read and submit goes
// through its per-kind methods (createBrowser<Kind>Flow, get<Kind>Flow, update<Kind>Flow).
const client = new FrontendApi(new Configuration({ basePath: KRATOS_URL, baseOptions: { withCredentials: true } }))

const HOOKS = { login: useLoginFlow, registration: useRegistrationFlow, settings: useSettingsFlow, recovery: useRecoveryFlow, verification: useVerificationFlow }

function renderWithClient<T>(useHook: () => T) {
  const result = { current: undefined as unknown as T }
  function Probe() {
    result.current = useHook()
    return null
  }
  return { result, ...renderWithSession(<Probe />, { client }) }
}

beforeEach(() => window.history.replaceState(null, '', '/flow'))

describe('flow hooks through an @ory/client FrontendApi', () => {
  it.each(Object.keys(HOOKS) as (keyof typeof HOOKS)[])('%s: starts with createBrowser…Flow, passing returnTo', async (kind) => {
    whoamiAnswers(kind === 'settings' ? 'whoami-200-aal1' : 'whoami-401-signed-out')
    const inits = kratosAnswers('get', `/self-service/${kind}/browser`, `${kind}-init-200`)
    const { result } = renderWithClient(() => HOOKS[kind]({ returnTo: '/account' }))
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(inits).toEqual([{ return_to: `${window.location.origin}/account` }])
    expect(result.current.flow?.id).toBe(id(`${kind}-init-200`))
  })

  it('settings: reads the page URL\'s flow with getSettingsFlow and saves with updateSettingsFlow', async () => {
    window.history.replaceState(null, '', `/settings?flow=${id('settings-init-200')}`)
    whoamiAnswers('whoami-200-aal1')
    const reads = kratosAnswers('get', '/self-service/settings/flows', 'settings-init-200')
    const posts = kratosAnswers('post', '/self-service/settings', 'settings-password-200-saved')
    const { result } = renderWithClient(() => useSettingsFlow())
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(reads).toEqual([{ id: id('settings-init-200') }])
    expect(await run(() => result.current.submit({ method: 'password', password: 'new-password-1' }))).toEqual({ type: 'saved' })
    expect(posts).toEqual([expect.objectContaining({ method: 'password', password: 'new-password-1' })])
  })
})
