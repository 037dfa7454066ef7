import { useEffect, useState } from 'react'
import { KRATOS_URL } from '../config'

interface KratosError {
  message?: string
  reason?: string
}

/** Kratos's error UI: the error behind `?id=`, as sentences, with a way on. */
export function ErrorPage() {
  const [error, setError] = useState<KratosError | undefined>()
  const id = new URLSearchParams(window.location.search).get('id')
  useEffect(() => {
    if (!id) return
    let current = true
    fetch(`${KRATOS_URL}/self-service/errors?id=${encodeURIComponent(id)}`, { credentials: 'include', headers: { Accept: 'application/json' } })
      .then((response) => response.json() as Promise<{ error?: KratosError }>)
      .then((body) => current && setError(body.error ?? { message: 'Kratos does not know this error any more.' }))
      .catch(() => current && setError({ message: 'Kratos could not be reached.' }))
    return () => {
      current = false
    }
  }, [id])
  return (
    <section role="alert">
      <h1>Something went wrong</h1>
      {!id && <p>No error to show.</p>}
      {id && !error && <p>Loading…</p>}
      {error?.message && <p data-testid="error-message">{sentence(error.message)}</p>}
      {error?.reason && <p data-testid="error-reason">{sentence(error.reason)}</p>}
      <p>
        <a href="/">Home</a> · <a href="/login">Sign in</a>
      </p>
    </section>
  )
}

/** Kratos's texts start lower-case at times and may lack a full stop. */
function sentence(text: string): string {
  const trimmed = text.trim()
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}
