// Expired flows (every flow's lifespan set to 1 s): GET and submit of each flow type.
import { expectStatus, getFlow, init, PASSWORD, submit } from '../kratosFlows.mjs'

export const SHORT_LIFESPAN_OVERLAY = ['login', 'registration', 'settings', 'recovery', 'verification']
  .reduce((yaml, type) => `${yaml}    ${type}:\n      lifespan: 1s\n`, 'selfservice:\n  flows:\n')

export async function expiry({ client, save }) {
  const signedIn = client()
  const registration = expectStatus(await init(signedIn, 'registration'), 200, 'registration init')
  expectStatus(await submit(signedIn, registration, { method: 'password', traits: { email: 'max@example.com' }, password: PASSWORD }), 200, 'registration')
  const visitor = client()
  const flows = {
    login: expectStatus(await init(visitor, 'login'), 200, 'login init'),
    registration: expectStatus(await init(visitor, 'registration'), 200, 'registration init'),
    recovery: expectStatus(await init(visitor, 'recovery'), 200, 'recovery init'),
    verification: expectStatus(await init(visitor, 'verification'), 200, 'verification init'),
    settings: expectStatus(await init(signedIn, 'settings'), 200, 'settings init'),
  }
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  const owner = (type) => (type === 'settings' ? signedIn : visitor)
  for (const [type, flow] of Object.entries(flows)) {
    save(`${type}-flow-get-410-expired`, await getFlow(owner(type), type, flow.id), 410,
      `GET of an expired ${type} flow: 410 without use_flow_id (${['login', 'registration'].includes(type) ? 'error.id self_service_flow_expired' : 'and without error.id'}); details.redirect_to / return_to.`)
  }
  const bodies = {
    login: { method: 'password', identifier: 'max@example.com', password: PASSWORD },
    registration: { method: 'password', traits: { email: 'other@example.com' }, password: PASSWORD },
    settings: { method: 'password', password: PASSWORD },
    recovery: { method: 'code', email: 'max@example.com' },
    verification: { method: 'code', email: 'max@example.com' },
  }
  for (const type of ['login', 'registration', 'settings']) {
    const expired = save(`${type}-submit-410-expired`, await submit(owner(type), flows[type], bodies[type]), 410,
      `Submit of an expired ${type} flow: 410 self_service_flow_expired with use_flow_id (a replacement flow already made).`)
    save(`${type}-flow-200-replacement`, await getFlow(owner(type), type, expired.use_flow_id), 200, `The replacement ${type} flow (use_flow_id), with the "flow expired" message.`)
  }
  for (const type of ['recovery', 'verification']) {
    save(`${type}-submit-expired-200-new-flow`, await submit(visitor, flows[type], bodies[type]), 200,
      `Submit of an expired ${type} flow: a 303 that fetch follows to a NEW flow (different id), 200 with the "flow expired" message.`)
  }
}
