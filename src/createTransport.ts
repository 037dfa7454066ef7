import type { FrontendApi } from '@ory/client'
import { createFetchTransport } from './fetchTransport.js'
import { createFrontendApiTransport } from './frontendApiTransport.js'
import type { KratosTransport } from './transport.js'

/** The app's own `FrontendApi` when it handed one in, else plain `fetch` against `baseUrl`. */
export function createTransport(normalizedBaseUrl: string, client: FrontendApi | undefined): KratosTransport {
  return client ? createFrontendApiTransport(client) : createFetchTransport(normalizedBaseUrl)
}
