/**
 * Only http(s) links reach a page: `javascript:` and other schemes from a document are dropped.
 * `safeHttpUrl('javascript:alert(1)')` → `null`; `safeHttpUrl('https://x.org/a')` → `'https://x.org/a'`
 */
export function safeHttpUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
