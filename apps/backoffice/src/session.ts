import { createAuthSession } from './auth-session';
import { API_URL } from './config';

/** The browser's session: sessionStorage, so closing the browser on a shared computer signs out. */
export const session = createAuthSession({
  fetch: (input, init) => window.fetch(input, init),
  storage: window.sessionStorage,
  apiUrl: API_URL,
});
