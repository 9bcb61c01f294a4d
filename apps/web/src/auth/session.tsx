import type { Me } from '../api/types';
import { store, useStore } from '../app/store';

const KEY = 'khen.token';

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The bearer token lives in sessionStorage (gone with the tab), `me` is what GET /api/me answered. */
export const session = store<{ token: string | null; me: Me | null }>({ token: read(), me: null });

export const getToken = () => session.get().token;

export function signIn(token: string, me: Me): void {
  sessionStorage.setItem(KEY, token);
  session.set({ token, me });
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  session.set({ token: null, me: null });
}

export function setMe(me: Me): void {
  session.set({ ...session.get(), me });
}

export const useSession = () => useStore(session);
