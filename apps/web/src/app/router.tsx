import type { ComponentChildren } from 'preact';
import { store, useStore } from './store';

/** History-API routing: the API serves index.html for every page path (app.setup.ts). */
export const location = store<string>(window.location.pathname + window.location.search);

window.addEventListener('popstate', () => location.set(window.location.pathname + window.location.search));

export function navigate(to: string, replace = false): void {
  if (to === location.get()) return;
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  location.set(to);
  window.scrollTo(0, 0);
}

export const usePath = () => useStore(location).split('?')[0];
export const useQuery = () => new URLSearchParams(useStore(location).split('?')[1] ?? '');

/** `/ho-so/:id` against `/ho-so/123` → { id: '123' }, or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const a = path.split('/').filter(Boolean);
  if (p.length !== a.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(a[i]);
    else if (p[i] !== a[i]) return null;
  }
  return params;
}

export function Link(props: {
  href: string;
  children: ComponentChildren;
  class?: string;
  'aria-current'?: 'page' | undefined;
  'aria-label'?: string;
}) {
  const { href, children, ...rest } = props;
  return (
    <a
      href={href}
      {...rest}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
