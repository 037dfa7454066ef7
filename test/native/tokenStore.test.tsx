import { QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { SessionProvider, type TokenTransport } from '../../src'
import { tokenTransport, useTokenSignIn } from '../../src/native'
import { native } from '../fixtures/native'
import { KRATOS_URL, server } from '../kratos'
import { newQueryClient } from '../render'
import { LOGIN_TOKEN, recordingStorage, tokenWhoami } from './nativeKratos'

const KEY = 'ory_session_token'

describe('token storage', () => {
  it('serialises concurrent writes: never two storage calls at once, the last write wins', async () => {
    const { storage, values, calls, maxInFlight } = recordingStorage({}, { delayMs: 5 })
    const transport = tokenTransport({ storage })
    await Promise.all([transport.storeToken('ory_st_a'), transport.removeToken(), transport.storeToken('ory_st_b'), transport.readToken()])
    expect(maxInFlight()).toBe(1)
    expect(values.get(KEY)).toBe('ory_st_b')
    expect(calls).toEqual([`set ${KEY}=ory_st_a`, `remove ${KEY}`, `set ${KEY}=ory_st_b`])
    await expect(transport.readToken()).resolves.toBe('ory_st_b')
  })

  it('a read waits for the write before it', async () => {
    const { storage } = recordingStorage({ [KEY]: 'ory_st_old' }, { delayMs: 5 })
    const transport = tokenTransport({ storage })
    const write = transport.storeToken('ory_st_new')
    await expect(transport.readToken()).resolves.toBe('ory_st_new')
    await write
  })

  it('reads the storage once, then serves the token from memory', async () => {
    const { storage, calls } = recordingStorage({ [KEY]: 'ory_st_kept' })
    const transport = tokenTransport({ storage })
    await transport.readToken()
    await transport.readToken()
    expect(calls).toEqual([`get ${KEY}`])
  })

  it('a failed write is a storage error and the next read asks the storage again', async () => {
    let fail = true
    const values = new Map<string, string>()
    const transport = tokenTransport({
      storage: {
        getItem: (key) => values.get(key),
        setItem: (key, value) => {
          if (fail) throw new Error('disk full')
          values.set(key, value)
        },
        removeItem: (key) => void values.delete(key),
      },
    })
    await expect(transport.storeToken('ory_st_x')).rejects.toMatchObject({ kind: 'storage' })
    await expect(transport.readToken()).resolves.toBeNull()
    fail = false
    await transport.storeToken('ory_st_y')
    await expect(transport.readToken()).resolves.toBe('ory_st_y')
  })

  it("a late whoami 401 for the old token does not remove a newer login's token", async () => {
    // whoami with the old token answers 401, but only after a new sign-in stored another token.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.get(`${KRATOS_URL}/sessions/whoami`, async ({ request }) => {
        if (request.headers.get('X-Session-Token') === 'ory_st_old') {
          await held
          return HttpResponse.json(native.whoamiAfterLogout.body, { status: 401 })
        }
        await delay(1)
        return HttpResponse.json(native.whoami200.body)
      }),
    )
    const { storage, values } = recordingStorage({ [KEY]: 'ory_st_old' })
    const transport = tokenTransport({ storage })
    const late = transport.send(new URL(`${KRATOS_URL}/sessions/whoami`), {})
    await delay(5)
    await transport.storeToken(LOGIN_TOKEN)
    release()
    expect((await late).status).toBe(401)
    expect(values.get(KEY)).toBe(LOGIN_TOKEN)
  })
})

describe('useTokenSignIn under concurrency', () => {
  it('two sign-ins at once leave the second token stored and shown', async () => {
    tokenWhoami()
    const { storage, values, maxInFlight } = recordingStorage({}, { delayMs: 3 })
    const transport = tokenTransport({ storage })
    const { result } = renderHook(() => useTokenSignIn(), {
      wrapper: ({ children }) => renderWithSessionWrapper(children, transport),
    })
    await act(async () => {
      await Promise.all([result.current(native.registrationSuccess.body), result.current(native.loginSuccess.body)])
    })
    expect(values.get(KEY)).toBe(LOGIN_TOKEN)
    expect(maxInFlight()).toBe(1)
  })
})

/** renderHook's wrapper: the provider in token mode, as renderWithSession sets it up. */
function renderWithSessionWrapper(children: ReactNode, transport: TokenTransport) {
  return (
    <QueryClientProvider client={newQueryClient()}>
      <SessionProvider baseUrl={KRATOS_URL} transport={transport} retry={0}>
        {children}
      </SessionProvider>
    </QueryClientProvider>
  )
}
