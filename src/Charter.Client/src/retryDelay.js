// Reconnect backoff: quick at first (a blip on a phone), then slower, capped so a person who comes
// back online waits at most ~15 s; jitter spreads the reconnects of many people after a restart.
const DELAYS_MS = [0, 1000, 2000, 4000, 8000];
const MAX_DELAY_MS = 15000;

/** @param {number} attempt how many attempts already failed (0 for the first retry) */
export function retryDelay(attempt) {
  const base = attempt < DELAYS_MS.length ? DELAYS_MS[attempt] : MAX_DELAY_MS;
  return base + Math.floor(Math.random() * Math.min(1000, base / 2 + 1));
}
