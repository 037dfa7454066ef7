import { useEffect, useState } from 'react'
import { kratosFetch } from './kratosFetch'

/** Kratos's error UI: shows the error behind `?id=`. */
export function ErrorPage() {
  const [error, setError] = useState<{ message?: string; reason?: string; id?: string } | undefined>()
  const id = new URLSearchParams(window.location.search).get('id')
  useEffect(() => {
    if (!id) return
    void kratosFetch(`/self-service/errors?id=${encodeURIComponent(id)}`).then(({ body }) => setError(body?.error ?? { message: 'Unknown error' }))
  }, [id])
  return (
    <section role="alert">
      <h1>Something went wrong</h1>
      <p>{error ? `${error.message ?? ''} ${error.reason ?? ''}` : id ? 'Loading…' : 'No error id.'}</p>
      <a href="/">Home</a>
    </section>
  )
}
