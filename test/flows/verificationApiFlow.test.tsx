import { waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { useVerificationFlow } from '../../src/flows'
import { native } from '../fixtures/native'
import { KRATOS_URL, server } from '../kratos'
import { pageUrl, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

// Kratos v1.3.1 e-mails a verification code with a link even when an app (API flow) asked for it;
// a click on it lands the browser on the verification page with that API flow, its code filled in
// ("we always redirect to the browser UI here to allow API flows to complete as well"), and Kratos
// takes the code from the browser. Found by the port of Kratos's profiles/verification/verify/
// errors.spec.ts (the link of an API flow): the hook threw the flow away and started a new one.
beforeEach(() => window.history.replaceState(null, '', `/verification?flow=${native.verificationSent.body.id}`))

describe('a verification link naming an API flow', () => {
  it('keeps that flow, and the code sent from the page verifies the address', async () => {
    whoamiAnswers('whoami-200-aal1')
    const reads: string[] = []
    const inits: string[] = []
    const posts: unknown[] = []
    server.use(
      http.get(`${KRATOS_URL}/self-service/verification/flows`, ({ request }) => {
        reads.push(new URL(request.url).searchParams.get('id') ?? '')
        return HttpResponse.json(native.verificationSent.body, { status: native.verificationSent.status })
      }),
      http.get(`${KRATOS_URL}/self-service/verification/browser`, ({ request }) => {
        inits.push(request.url)
        return HttpResponse.json({}, { status: 500 })
      }),
      http.post(`${KRATOS_URL}/self-service/verification`, async ({ request }) => {
        posts.push(await request.json())
        return HttpResponse.json(native.verificationSuccess.body, { status: native.verificationSuccess.status })
      }),
    )
    const { result } = renderHookPage(() => useVerificationFlow())
    await until(result, 'ready')
    expect(result.current.flow?.id).toBe(native.verificationSent.body.id)
    expect(inits).toEqual([])
    expect(pageUrl().searchParams.get('flow')).toBe(native.verificationSent.body.id)
    await run(() => result.current.submit({ method: 'code', code: '123456' }))
    await waitFor(() => expect(result.current.status).toBe('done'))
    expect(posts).toEqual([expect.objectContaining({ method: 'code', code: '123456' })])
    expect(result.current.status === 'done' && result.current.result.type).toBe('verified')
    expect(reads).toEqual([native.verificationSent.body.id])
  })
})
