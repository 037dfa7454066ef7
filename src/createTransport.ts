import type { FrontendApi } from '@ory/client'
import { createFetchTransport } from './fetchTransport'
import { createFrontendApiTransport } from './frontendApiTransport'
import type { KratosTransport } from './transport'

/** The app's own `FrontendApi` when it handed one in, else plain `fetch` against `baseUrl`. */
export function createTransport(normalizedBaseUrl: string, client: FrontendApi | undefined): KratosTransport {
  return client ? createFrontendApiTransport(client) : createFetchTransport(normalizedBaseUrl)
}
