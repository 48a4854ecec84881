import { isKnownFormat } from '../generic/known-formats.js';
import { isDocumentationPassword } from '../generic/values.js';
import type { Rule } from '../types.js';
import { isRealPassword } from '../url-credentials/userinfo.js';

// Create React App, Next.js, Vite, Expo, Gatsby and Vue CLI copy every variable with their
// public prefix into the JavaScript bundle they build, so `REACT_APP_STRIPE_SECRET=…` ships to
// every browser. The name says what the value is; the finding is the value, in the env file
// that sets it, in source, or in the built bundle (`REACT_APP_API_TOKEN:"…"`).
// https://create-react-app.dev/docs/adding-custom-environment-variables/
// https://nextjs.org/docs/app/guides/environment-variables#bundling-environment-variables-for-the-browser
// https://vite.dev/guide/env-and-mode#env-files
// Nosey Parker's np.reactapp.* rules cover the REACT_APP_ username/password pair.

/** The public prefix, then a name whose last credential word is a secret, password or token. */
const PREFIX = String.raw`(?:REACT_APP|NEXT_PUBLIC|VITE|EXPO_PUBLIC|GATSBY|VUE_APP)_`;
const NAME = String.raw`\b${PREFIX}[A-Z0-9_]{0,40}?(?:SECRET|PASSWORD|PASSWD|PASS|PWD|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|AUTH_?KEY|CREDENTIALS?)[A-Z0-9_]{0,20}`;
/** `=` (env files, shell), `:` (object literals in bundles, YAML), optionally quoted name. */
const OPERATOR = String.raw`["']?[ \t]{0,3}[=:][ \t]{0,3}`;
/** Group 1 double-quoted, 2 single-quoted, 3 bare; a bare value stops at its complement. */
const VALUE = String.raw`(?:"([^"\s]{6,200})"|'([^'\s]{6,200})'|([^\s"'\x60,;{}()\[\]<>#]{6,200})(?:[\s"'\x60,;{}()\[\]<>#]|$))`;

/** Words after the credential word that make the value something else (`…_KEY_ID`, `…_TOKEN_URL`). */
const NOT_THE_VALUE =
  /(?:^|_)(?:ID|URL|URI|ENDPOINT|HEADER|NAME|TYPE|FILE|PATH|EXPIRY|EXPIRES|TTL|LENGTH|ENABLED|REQUIRED|HINT)$/;
/** Keys meant to be public: publishable, site and anon keys, client ids. */
const PUBLIC_BY_DESIGN =
  /PUBLIC|PUBLISHABLE|SITE_?KEY|ANON|CLIENT_ID|APP_ID|MEASUREMENT|MAPS|RECAPTCHA|FIREBASE_API_KEY|VAPID/;
/** Values that reference another variable or are templates (`${X}`, `%REACT_APP_X%`, `process.env.X`). */
const REFERENCE = /^\$|^%|%$|\$\{|\{\{|process\.env|import\.meta|^<|>$|^\*+$|^x{4,}$/i;

function isSecretValue(name: string, value: string): boolean {
  if (NOT_THE_VALUE.test(name) || PUBLIC_BY_DESIGN.test(name)) return false;
  if (REFERENCE.test(value) || /^https?:\/\//i.test(value) || isDocumentationPassword(value)) return false;
  // A provider's own rule reports its formats; this rule only speaks for the rest.
  if (isKnownFormat(value)) return false;
  if (/(?:PASSWORD|PASSWD|PASS|PWD)(?:_|$)/.test(name)) return isRealPassword(value);
  return new Set(value).size >= 8 && /[0-9]/.test(value) && /[A-Za-z]/.test(value);
}

export const rules: Rule[] = [
  {
    id: 'frontend-env-secret',
    description:
      'Secret, password or token in a variable the frontend build inlines into the browser bundle (REACT_APP_, NEXT_PUBLIC_, VITE_, EXPO_PUBLIC_, GATSBY_, VUE_APP_)',
    severity: 'high',
    regex: new RegExp(NAME + OPERATOR + VALUE),
    keywords: ['react_app_', 'next_public_', 'vite_', 'expo_public_', 'gatsby_', 'vue_app_'],
    validate: (secret, match) => isSecretValue(new RegExp(`^${PREFIX}([A-Z0-9_]+)`).exec(match)?.[1] ?? '', secret),
    allowlists: [
      {
        description: 'dotenv files, where env-file-credentials reports the same value (templates stay clean)',
        paths: [/(?:^|\/)\.env(?:\.[\w-]+)*$/],
      },
    ],
    tags: ['credential-file', 'frontend', 'react'],
  },
];
