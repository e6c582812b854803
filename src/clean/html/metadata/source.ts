/**
 * The outlet: the page's declared site name, else the URL's host without service prefixes
 * (`www.reuters.com` → `reuters.com`).
 */

/** Host labels that name a server or edition, not the outlet. */
export const HOST_PREFIXES: readonly { id: string; label: string; reason: string }[] = [
  { id: 'host/www', label: 'www', reason: 'the web server label, same outlet as the bare domain' },
  { id: 'host/mobile', label: 'm', reason: 'mobile editions (m.example.com)' },
  { id: 'host/mobile-long', label: 'mobile', reason: 'mobile editions (mobile.example.com)' },
  { id: 'host/amp', label: 'amp', reason: 'AMP mirrors (amp.example.com)' },
];

/** The outlet's host name, lower-cased and without service prefixes, or null for a bad URL. */
export function hostOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (host.length === 0) return null;
  for (;;) {
    const dot = host.indexOf('.');
    const first = host.slice(0, dot);
    if (dot < 0 || host.indexOf('.', dot + 1) < 0 || !HOST_PREFIXES.some((p) => p.label === first)) return host;
    host = host.slice(dot + 1);
  }
}

/** The first usable declared name (Open Graph, JSON-LD publisher), else the host. */
export function chooseSource(declared: readonly (string | null)[], url: string | undefined): string | null {
  for (const name of declared) {
    const clean = name?.replace(/\s+/g, ' ').trim() ?? '';
    // Some sites put their home URL in og:site_name: its host is the name.
    if (/^https?:\/\//i.test(clean)) return hostOf(clean);
    // Longer "names" are slogans or descriptions put in the wrong tag.
    if (clean.length > 0 && clean.length <= 100) return clean;
  }
  return hostOf(url);
}
