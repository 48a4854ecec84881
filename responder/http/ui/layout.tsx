// The page shell: landmarks, a skip link, the sign-out form, and the time element the other
// pages use. Sign-out is a POST (with the same Origin check as sign-in), never a link.
import type { Child } from 'hono/jsx';
import { humanTime } from './format.js';

export function Layout(props: { title: string; signedIn: boolean; children?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>{`${props.title} · leakhound`}</title>
        <link rel="stylesheet" href="/ui/style.css" />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a class="brand" href="/ui">
            leakhound incidents
          </a>
          {props.signedIn && (
            <form method="post" action="/ui/logout">
              <button type="submit" class="link">
                Sign out
              </button>
            </form>
          )}
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
      </body>
    </html>
  );
}

export function Time(props: { iso: string | undefined; empty?: string }) {
  if (!props.iso) return <span class="muted">{props.empty ?? '—'}</span>;
  return <time datetime={props.iso}>{humanTime(props.iso)}</time>;
}

export function LoginPage(props: { next: string; error?: string; disabled?: boolean; slack?: boolean }) {
  return (
    <Layout title="Sign in" signedIn={false}>
      <h1>Sign in</h1>
      {props.disabled ? (
        <p class="error" role="alert">
          The incident pages are disabled: set LEAKHOUND_API_TOKEN on the server to enable them.
        </p>
      ) : (
        <form class="login" method="post" action="/ui/login">
          {props.error && (
            <p class="error" role="alert" id="login-error">
              {props.error}
            </p>
          )}
          <input type="hidden" name="next" value={props.next} />
          <label>
            API token (LEAKHOUND_API_TOKEN)
            <input
              type="password"
              name="token"
              required
              autocomplete="current-password"
              autofocus
              aria-describedby={props.error ? 'login-error' : undefined}
            />
          </label>
          <button type="submit">Sign in</button>
        </form>
      )}
      {props.slack && !props.disabled && (
        <p>
          <a class="button" href={`/ui/auth/slack?next=${encodeURIComponent(props.next)}`}>
            Sign in with Slack
          </a>
        </p>
      )}
    </Layout>
  );
}

export function MessagePage(props: { title: string; message: string; signedIn: boolean }) {
  return (
    <Layout title={props.title} signedIn={props.signedIn}>
      <h1>{props.title}</h1>
      <p role="alert">{props.message}</p>
      <p>
        <a href="/ui">Back to the incident list</a>
      </p>
    </Layout>
  );
}
