type Listener = () => void;
const listeners = new Set<Listener>();

/** Called when the API says the session is gone; guards listen and redirect. */
export function notifySessionLost() {
  for (const listener of listeners) listener();
}

export function onSessionLost(listener: Listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
