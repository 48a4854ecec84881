// Email addresses that come from commits and webhook payloads, which anyone can write: only a
// plain, bounded address is ever looked up in Slack.

/** A plain `local@domain.tld`, at most 254 characters (RFC 5321's limit), no spaces, quotes or angle brackets. */
export const EMAIL =
  /^(?=.{3,254}$)[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A GitHub login as payloads carry it: letters, digits, `.`, `_`, `-`, up to 39, an app's with `[bot]`. */
export const GITHUB_LOGIN = /^[\w.-]{1,39}(?:\[bot\])?$/;

/** GitHub's private-email addresses reach nobody in Slack; say so instead of looking them up. */
export function isNoreply(email: string): boolean {
  return /@users\.noreply\.github\.com$/i.test(email) || /^noreply@github\.com$/i.test(email);
}

export function normalEmail(email: string | undefined): string | undefined {
  const e = email?.trim();
  return e && EMAIL.test(e) ? e.toLowerCase() : undefined;
}

export interface Pusher {
  name?: string;
  email?: string;
  login?: string;
}
