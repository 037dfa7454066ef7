import { extraPort, KRATOS_PUBLIC_URL } from '../slot'

/**
 * The slot's OpenID provider, standing in for the Hydra of Ory's suite (issuer
 * http://localhost:4444/ in the oidc and spa profiles): its port is the slot's extra port 1 (the
 * webhook target takes 0). The trailing slash is part of the issuer: Kratos compares the
 * discovery document's `issuer` with its `issuer_url` as written.
 */
export const OIDC_PROVIDER_PORT = extraPort(1)
export const OIDC_ISSUER = `http://localhost:${OIDC_PROVIDER_PORT}/`

/**
 * The clients Ory's run.sh registers at Hydra, one per provider id of the profiles (`hydra`,
 * `google`, `github`: three clients of one provider), each redirecting to its callback at the
 * slot's Kratos. `env` names the variables the profiles read their ids and secrets from.
 */
export const OIDC_CLIENTS = ['hydra', 'google', 'github'].map((id) => ({
  id,
  secret: `${id}-conformance-secret`,
  redirectUri: `${KRATOS_PUBLIC_URL}/self-service/methods/oidc/callback/${id}`,
  env: `OIDC_${id.toUpperCase()}`,
}))

/** `${OIDC_HYDRA_CLIENT_ID}` and the like in a profile file, as run.sh exports them for Kratos. */
export const OIDC_CLIENT_ENV: Record<string, string> = Object.fromEntries(
  OIDC_CLIENTS.flatMap(({ id, secret, env }) => [
    [`${env}_CLIENT_ID`, id],
    [`${env}_CLIENT_SECRET`, secret],
  ]),
)
