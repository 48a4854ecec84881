// Small formatting helpers shared by the pages. Values from the ledger are hostile (repository,
// file and author names come from pushes): JSX escapes text, and links pass through safeHref.

/** An http(s) URL as given, or undefined: a `javascript:` or `data:` URL never becomes a link. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** `2024-05-01 12:03 UTC` for people; the ISO value goes in the <time> element's datetime. */
export function humanTime(iso: string | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function isoOrUndefined(iso: string | undefined): string | undefined {
  return iso && !Number.isNaN(Date.parse(iso)) ? new Date(Date.parse(iso)).toISOString() : undefined;
}
