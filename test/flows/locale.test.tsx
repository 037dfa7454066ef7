import type { UiText } from '@ory/client'
import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { FlowForm, formatUiText, useLoginFlow, useRegistrationFlow, type FlowHook, type Locale } from '../../src/flows'
import { de } from '../../src/locales/de'
import { renderWithSession } from '../render'
import { captured, kratosAnswers, run, whoamiAnswers } from './flowKratos'

beforeEach(() => window.history.replaceState(null, '', '/login'))

/** The `<form>` once the flow is on screen. */
const formIn = (container: HTMLElement) =>
  waitFor(() => {
    const form = container.querySelector('form')
    if (!form) throw new Error('no form yet')
    return form
  })
const labelOf = (container: HTMLElement, name: string) => container.querySelector(`input[name="${name}"]`)!.closest('label')!.textContent

describe('<FlowForm locale> on Kratos v1.3.1 answers', () => {
  it('German labels and buttons (107xxxx, 1010xxx), the form in lang="de"; the schema title (1070002) stays the schema\'s', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    function Page() {
      return <FlowForm flow={useLoginFlow()} locale={de} />
    }
    const { container } = renderWithSession(<Page />)
    const form = await formIn(container)
    expect(form.getAttribute('lang')).toBe('de')
    expect(labelOf(container, 'password')).toBe('Passwort')
    expect(labelOf(container, 'identifier')).toBe('E-Mail') // the identity schema's own title
    expect(container.querySelector('button[value="password"]')!.textContent).toBe('Mit Passwort anmelden')
    expect(container.querySelector('button[value="code"]')!.textContent).toBe('Anmeldecode senden')
    expect(container.querySelector('button[name="passkey_login_trigger"]')!.textContent).toBe('Mit Passkey anmelden')
    expect(container.textContent).not.toMatch(/Sign in|Password/)
  })

  it("a flow message with a date in its context: 4010001 'expired … ago' in German, the time counted by Intl", async () => {
    window.history.replaceState(null, '', '/login?flow=an-expired-one')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/flows', 'login-flow-200-replacement')
    function Page() {
      return <FlowForm flow={useLoginFlow()} locale={de} />
    }
    const { container } = renderWithSession(<Page />)
    await formIn(container)
    const message = container.querySelector('[data-id="4010001"]')!
    expect(message.textContent).toMatch(/^Der Anmeldevorgang ist vor \d+ Sekunden? abgelaufen\. Bitte versuchen Sie es erneut\.$/)
  })

  it('a field error with numbers in its context: 4000032 says the minimum and the typed length in German', async () => {
    window.history.replaceState(null, '', '/registration')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/registration/browser', 'registration-init-200')
    kratosAnswers('post', '/self-service/registration', 'registration-profile-400-next-step', 'registration-password-400-invalid')
    const hook = { current: undefined as unknown as FlowHook<unknown> }
    function Page() {
      hook.current = useRegistrationFlow()
      return <FlowForm flow={hook.current} locale={de} />
    }
    const { container } = renderWithSession(<Page />)
    await formIn(container)
    await run(() => hook.current.submit({ method: 'profile', 'traits.email': 'bob@example.com' }))
    await run(() => hook.current.submit({ method: 'password', password: 'abc' }))
    await screen.findByText('Das Passwort muss mindestens 8 Zeichen lang sein (eingegeben: 3).')
    expect(container.querySelector('button[value="password"]')!.textContent).toBe('Registrieren')
    expect(container.querySelector('button[name="screen"]')!.textContent).toBe('Zurück')
  })

  it("an id the locale lacks shows Kratos's English text", async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const partial: Locale = { lang: 'de', messages: { 1070001: 'Passwort' } }
    function Page() {
      return <FlowForm flow={useLoginFlow()} locale={partial} />
    }
    const { container } = renderWithSession(<Page />)
    await formIn(container)
    expect(labelOf(container, 'password')).toBe('Passwort')
    expect(container.querySelector('button[value="password"]')!.textContent).toBe('Sign in with password')
  })
})

describe('formatUiText', () => {
  const recovered = () => captured('settings-flow-200-after-recovery').body.ui.messages[0] as UiText

  it("1060001: the minutes left with German plurals and the deadline as a local time (Intl)", () => {
    expect(recovered().id).toBe(1060001)
    expect(formatUiText(recovered(), de)).toMatch(/innerhalb der nächsten 15 Minuten \(bis \d{2}:\d{2}\)\.$/)
    const inOneMinute = { ...recovered(), context: { privileged_session_expires_at: new Date(Date.now() + 30_000).toISOString() } }
    expect(formatUiText(inOneMinute, de)).toMatch(/innerhalb der nächsten 1 Minute \(bis/)
  })

  it("Kratos's English when there is no locale, or the context lacks what the German needs", () => {
    expect(formatUiText(recovered())).toBe(recovered().text)
    expect(formatUiText({ ...recovered(), context: {} }, de)).toBe(recovered().text)
    const message: UiText = { id: 1010002, type: 'info', text: 'Sign in with GitHub' }
    expect(formatUiText(message, de)).toBe('Sign in with GitHub')
    expect(formatUiText({ ...message, context: { provider: 'GitHub' } }, de)).toBe('Mit GitHub anmelden')
  })

  it("a locale's lang picks the number format: de-CH groups thousands with an apostrophe", () => {
    const message: UiText = { id: 4000023, type: 'error', text: 'maximum 1000 items allowed, but found 1001 items', context: { max_items: 1000, actual_items: 1001 } }
    expect(formatUiText(message, de)).toBe('Höchstens 1.000 Einträge erlaubt, vorhanden: 1.001.')
    expect(formatUiText(message, { ...de, lang: 'de-CH' })).toMatch(/^Höchstens 1['’]000 Einträge erlaubt, vorhanden: 1['’]001\.$/)
    expect(formatUiText({ ...message, context: { max_items: 1, actual_items: 2 } }, de)).toBe('Höchstens 1 Eintrag erlaubt, vorhanden: 2.')
  })
})
