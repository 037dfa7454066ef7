import { useSyncExternalStore, type MouseEvent, type ReactNode } from 'react'

// A ten-line router, so the demo shows the SDK without any router dependency.
const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}

/** The current pathname, re-rendering on navigation. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}

/** Client-side navigation within the demo. */
export function goTo(path: string) {
  window.history.pushState({}, '', path)
  window.dispatchEvent(new PopStateEvent('popstate'))
}

export function Link({ to, children }: { to: string; children: ReactNode }) {
  const current = usePathname() === to
  const onClick = (event: MouseEvent) => {
    event.preventDefault()
    goTo(to)
  }
  return (
    <a href={to} onClick={onClick} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  )
}
