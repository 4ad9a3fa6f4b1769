/**
 * The page a link opened in this tab pointed to, before sign-in. Taken once, when the app loads signed
 * out: a link the person opened themselves (e.g. in a new tab) is kept through sign-in, while the page
 * where someone else's session ended on a shared computer is not (that one is never a page load).
 */
let pending: string | null = null;

export function captureDeepLink(hash: string, signedIn: boolean): void {
  const path = hash.replace(/^#/, '');
  pending = !signedIn && /^\/[A-Za-z0-9_-]/.test(path) && !path.startsWith('/login') ? path : null;
}

/** The captured link, once; null when there is none. */
export function takeDeepLink(): string | null {
  const link = pending;
  pending = null;
  return link;
}
