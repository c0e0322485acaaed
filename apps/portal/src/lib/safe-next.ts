/** The sign-in page's address that comes back to `next` afterwards. */
export function signInPath(next: string): string {
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}

// Resolved against a throwaway origin: whatever a browser would treat as another site resolves elsewhere.
const probe = 'https://gorod.invalid';

/**
 * Only a path on this site: `?next=https://evil.example`, `//evil.example`, `/\evil.example` (browsers read
 * `\` as `/`) or `javascript:` must not send anyone away. Decides by resolving the address as a browser
 * would, not by pattern, so tabs, newlines and encodings cannot slip past; gives back the path as resolved.
 */
export function safeNext(next: string | null, fallback = '/'): string {
  if (!next?.startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(next, probe);
  } catch {
    return fallback;
  }
  if (url.origin !== probe) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that still starts with `//` (from `/%2F…` decoded later by a router) is refused too.
  return path.startsWith('//') || path.startsWith('/\\') ? fallback : path;
}
