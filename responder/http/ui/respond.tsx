// One way to answer with a page: the doctype, and the security headers every page carries.
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { MessagePage } from './layout.js';

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // Not no-referrer: with it, browsers send `Origin: null` on our own form posts (Fetch spec).
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};

export type Status = 200 | 400 | 401 | 403 | 404;

export function page(
  c: Context,
  body: HtmlEscapedString | Promise<HtmlEscapedString>,
  status: Status = 200,
): Response | Promise<Response> {
  return c.html(html`<!doctype html>${body}`, status, SECURITY_HEADERS);
}

export function forbidden(c: Context): Response | Promise<Response> {
  const message =
    'This form was not sent from the leakhound page on this host (its Origin header did not match), so it was refused. Open the page and submit it from there.';
  return page(c, <MessagePage title="Refused" message={message} signedIn={false} />, 403);
}
