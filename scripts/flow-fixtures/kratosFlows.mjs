// Steps of Kratos's browser self-service flows, as an SPA takes them over JSON.
import { PUBLIC_URL } from './kratosInstance.mjs'

export const PASSWORD = 'a-Very-l0ng-passw0rd-for-kratos'
export const NEW_PASSWORD = 'another-l0ng-Passw0rd-for-kratos'

/** The flow's CSRF token (the hidden `csrf_token` node). */
export function csrfOf(flow) {
  const node = flow.ui.nodes.find((candidate) => candidate.attributes.name === 'csrf_token')
  if (!node) throw new Error(`flow ${flow.id} has no csrf_token node`)
  return node.attributes.value
}

/** A node's attributes by input name, or by node id for text/img nodes. */
export function nodeNamed(flow, name) {
  return flow.ui.nodes.find((node) => node.attributes.name === name || node.attributes.id === name)
}

/** `GET /self-service/<type>/browser?…`: creates a browser flow (JSON, as an SPA does). */
export function init(client, type, query = {}) {
  const url = new URL(`/self-service/${type}/browser`, PUBLIC_URL)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  return client.request('GET', url.href)
}

/** `GET /self-service/<type>/flows?id=`: an existing flow. */
export function getFlow(client, type, id) {
  return client.request('GET', `${PUBLIC_URL}/self-service/${type}/flows?id=${encodeURIComponent(id)}`)
}

/** Submits `body` to the flow's `ui.action` with its CSRF token (or `csrf_token` from `body`). */
export function submit(client, flow, body, options = {}) {
  return client.request(flow.ui.method ?? 'POST', flow.ui.action, { json: { csrf_token: csrfOf(flow), ...body }, ...options })
}

/** Fails unless the answer has the status a step needs to go on. */
export function expectStatus(answer, status, what) {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 400)}`)
  return answer.body
}

/** Registers `email` with a password in one step (Kratos accepts method=password on a fresh flow). */
export async function registerWithPassword(client, email) {
  const flow = expectStatus(await init(client, 'registration'), 200, 'registration init')
  expectStatus(await submit(client, flow, { method: 'password', traits: { email }, password: PASSWORD }), 200, `registering ${email}`)
}

/** Signs the client out: the browser logout URL, called as an SPA does (204). */
export async function logout(client) {
  const { logout_url: url } = expectStatus(await client.request('GET', `${PUBLIC_URL}/self-service/logout/browser`), 200, 'logout url')
  expectStatus(await client.request('GET', url), 204, 'logout')
}

/** Signs in with the password (aal1). */
export async function loginWithPassword(client, email, expected = 200) {
  const flow = expectStatus(await init(client, 'login'), 200, 'login init')
  return expectStatus(await submit(client, flow, { method: 'password', identifier: email, password: PASSWORD }), expected, `login ${email}`)
}
