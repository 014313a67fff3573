// The session token lives in localStorage so a reload keeps the user signed in.
// Apollo links read it outside React; components subscribe through useAuthToken.
const STORAGE_KEY = 'tidings.token';

type Listener = () => void;
const listeners = new Set<Listener>();

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (privacy modes); the session then lasts until reload.
    return null;
  }
}

let current: string | null = readStorage();

function emit(): void {
  listeners.forEach((listener) => listener());
}

export const tokenStore = {
  get(this: void): string | null {
    return current;
  },
  set(token: string): void {
    current = token;
    try {
      window.localStorage.setItem(STORAGE_KEY, token);
    } catch {
      /* see readStorage */
    }
    emit();
  },
  clear(): void {
    if (current === null) return;
    current = null;
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      /* see readStorage */
    }
    emit();
  },
  subscribe(this: void, listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

// Another tab signing in or out should be reflected here too.
window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY) return;
  current = event.newValue;
  emit();
});
