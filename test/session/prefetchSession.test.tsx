import { screen } from '@testing-library/react'
import { delay } from 'msw'
import { describe, expect, it } from 'vitest'
import { prefetchSession } from '../../src'
import { answers, countRequests, KRATOS_URL, whoami } from '../kratos'
import { newQueryClient, renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'

const whoamiCount = () => countRequests('/sessions/whoami')

describe('prefetchSession: whoami starts before React renders', () => {
  it('sends whoami at once, and the provider uses that request instead of sending its own', async () => {
    whoami(async () => {
      await delay(50)
      return answers.session()()
    })
    const queryClient = newQueryClient()
    prefetchSession(queryClient, { baseUrl: KRATOS_URL })
    await Promise.resolve()
    expect(whoamiCount()).toBe(1) // before anything rendered

    renderWithSession(<StatusProbe />, { queryClient })
    expect(screen.getByTestId('status-status').textContent).toBe('loading')
    await screen.findByText('authenticated')
    expect(whoamiCount()).toBe(1)
  })

  it('is the same query whichever way the base URL is written (trailing slash)', async () => {
    whoami(answers.session())
    const queryClient = newQueryClient()
    prefetchSession(queryClient, { baseUrl: `${KRATOS_URL}/` })
    renderWithSession(<StatusProbe />, { queryClient, baseUrl: KRATOS_URL })
    await screen.findByText('authenticated')
    expect(whoamiCount()).toBe(1)
  })

  it('an answer that arrived before React rendered decides the first render: no "loading" at all', async () => {
    whoami(answers.signedOut())
    const queryClient = newQueryClient()
    prefetchSession(queryClient, { baseUrl: KRATOS_URL })
    await new Promise((resolve) => setTimeout(resolve, 50))
    renderWithSession(<StatusProbe />, { queryClient })
    expect(screen.getByTestId('status-status').textContent).toBe('unauthenticated')
    expect(whoamiCount()).toBe(1)
  })
})
