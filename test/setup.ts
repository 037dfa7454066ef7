import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { requests, server } from './kratos'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  requests.length = 0
  globalThis.sessionStorage?.clear()
})
afterAll(() => server.close())
