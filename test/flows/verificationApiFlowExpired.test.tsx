import { waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { useVerificationFlow } from '../../src/flows'
import { KRATOS_URL, server } from '../kratos'
import { captured, id, kratosAnswers, pageUrl, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

// An app (API flow) registered someone; Kratos mailed the code with a link, opened in a browser after
// the code expired. Kratos v1.3.1 refuses the code with a 410 naming a replacement of the same type
// (api, state choose_method: the e-mail form only), and refuses the browser's resend on it (400: an
// Origin header on an API flow). Found by the port of Kratos's profiles/verification/registration/
// errors.spec.ts ("…code is no longer valid and resend the code"): the page showed the replacement,
// and the new code could never be asked for. Captured answers: the capture's `short-code` variant.
const linked = 'verification-api-flow-200-code-prefilled'
const replacement = 'verification-api-flow-200-replacement'
const browserFlow = 'verification-init-200'

beforeEach(() => window.history.replaceState(null, '', `/verification?flow=${id(linked)}`))

describe("an API verification flow's expired code, in a browser", () => {
  it('goes on in a browser flow that keeps Kratos\'s "flow expired" message, and the resent code is mailed', async () => {
    whoamiAnswers('whoami-200-aal1')
    const reads = kratosAnswers('get', '/self-service/verification/flows', linked, replacement)
    const inits = kratosAnswers('get', '/self-service/verification/browser', browserFlow)
    const posts: { flow: string | null; body: unknown }[] = []
    server.use(
      // Kratos's answers by flow: the linked API flow's expired code, the API replacement's refused
      // resend (what the old hook got), the browser flow's "sent".
      http.post(`${KRATOS_URL}/self-service/verification`, async ({ request }) => {
        const flow = new URL(request.url).searchParams.get('flow')
        posts.push({ flow, body: await request.json() })
        const name = flow === id(linked) ? 'verification-api-code-410-expired' : flow === id(replacement) ? 'verification-api-email-400-origin' : 'verification-email-200-sent'
        const { status, body } = captured(name)
        return HttpResponse.json(body, { status })
      }),
    )
    const { result } = renderHookPage(() => useVerificationFlow())
    await until(result, 'ready')
    expect(result.current.flow?.type).toBe('api')

    await run(() => result.current.submit({ method: 'code', code: '123456' }))
    await until(result, 'ready')
    expect(reads.map((query) => (query as { id: string }).id)).toEqual([id(linked), id(replacement)])
    expect(inits).toHaveLength(1)
    expect(result.current.flow?.id).toBe(id(browserFlow))
    expect(result.current.flow?.type).toBe('browser')
    expect(pageUrl().searchParams.get('flow')).toBe(id(browserFlow))
    expect(result.current.messages.map((message) => message.id)).toEqual([4070005])
    expect(result.current.messages[0]?.text).toMatch(/^The verification flow expired/)
    expect(result.current.nodes.find((node) => (node.attributes as { name?: string }).name === 'email')?.attributes).not.toHaveProperty('value')

    await run(() => result.current.submit({ method: 'code', email: 'kim@example.com' }))
    await waitFor(() => expect(result.current.flow?.state).toBe('sent_email'))
    expect(posts.map((post) => post.flow)).toEqual([id(linked), id(browserFlow)])
    expect(result.current.messages.map((message) => message.id)).not.toContain(4000001)
  })
})
