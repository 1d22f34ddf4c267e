const SAFE = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The URL when it is safe to put in an href (http, https, mailto, tel), else undefined. Data is
 * untrusted: `javascript:`, `data:` and friends, in any case or with hidden whitespace, never
 * become links. Relative URLs resolve against the page.
 */
export function safeHref(url: string | undefined | null, base = document.baseURI): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim(), base);
    return SAFE.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** An image source only from http or https: a `data:` or `javascript:` logo is dropped. */
export function safeImageSrc(url: string | undefined | null, base = document.baseURI): string | undefined {
  const href = safeHref(url, base);
  return href && /^https?:/i.test(href) ? href : undefined;
}
