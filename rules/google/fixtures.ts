import { ALNUM, base64, BASE64URL, DIGITS, HEX, join, rand } from '../fixture-kit.js';
import { keyLines, pem } from '../private-key/fixtures.js';
import type { RuleFixtures } from '../types.js';

function serviceAccount(project: string, privateKey: string, typeLast = false): string {
  const fields = [
    `"project_id": "${project}"`,
    `"private_key_id": "${rand(HEX, 40)}"`,
    `"private_key": "${privateKey}"`,
    `"client_email": "deployer@${project}.iam.gserviceaccount.com"`,
    `"client_id": "${rand(DIGITS, 21)}"`,
    '"auth_uri": "https://accounts.google.com/o/oauth2/auth"',
    '"token_uri": "https://oauth2.googleapis.com/token"',
    '"auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs"',
    '"universe_domain": "googleapis.com"',
  ];
  const type = '"type": "service_account"';
  const all = typeLast ? [...fields, type] : [type, ...fields];
  return `{\n  ${all.join(',\n  ')}\n}\n`;
}

export function fixtures(): RuleFixtures {
  const apiKey = join('AIza', 'Sy', rand(BASE64URL, 33));
  const apiKey2 = join('AIza', 'Sy', rand(BASE64URL, 33));
  const body = keyLines('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 1624);
  const body2 = keyLines('MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ', 1624);
  const escaped = (lines: string[]): string => `${pem('', lines, '\\n')}\\n`;
  const sa = serviceAccount('acme-prod-417202', escaped(body));
  const oauth = join('GOCSPX-', rand(BASE64URL, 28));
  return {
    'gcp-api-key': {
      truePositives: [
        { text: `GOOGLE_API_KEY=${apiKey}`, secret: apiKey },
        {
          text: `<meta-data android:name="com.google.android.geo.API_KEY" android:value="${apiKey}"/>`,
          secret: apiKey,
        },
        {
          text: `<script src="https://maps.googleapis.com/maps/api/js?key=${apiKey2}&callback=initMap"></script>`,
          secret: apiKey2,
        },
        {
          text: `const firebaseConfig = {\n  apiKey: "${apiKey}",\n  authDomain: "acme.firebaseapp.com",\n};`,
          secret: apiKey,
        },
      ],
      falsePositives: [
        { text: join('apiKey: "AIza', 'Sy', 'abcdefghijklmnopqrstuvwxyz1234567"') },
        { text: join('apiKey: "AIza', 'a'.repeat(35), '"') },
        { text: join('AIZA', 'SY', rand(ALNUM, 33).toUpperCase()) },
        { text: join(rand(ALNUM, 40), 'AIza', rand(ALNUM, 35)) },
        { text: join('AIza', rand(ALNUM, 35), rand(ALNUM, 8)) },
      ],
    },
    'gcp-service-account-key': {
      truePositives: [
        { text: sa, secret: body.join('\\n'), path: 'deploy/acme-prod-417202-3f2a1b.json' },
        { text: serviceAccount('acme-dev-1', escaped(body2), true), secret: body2.join('\\n') },
        {
          text: `GCP_SA_KEY='${serviceAccount('acme-ci-2', escaped(body)).replace(/\n\s*/g, '')}'`,
          secret: body.join('\\n'),
        },
        {
          text: `apiVersion: v1\nkind: Secret\ndata:\n  key.json: ${base64(serviceAccount('acme-k8s-3', escaped(body2)))}\n`,
          secret: body2.join('\\n'),
        },
      ],
      falsePositives: [
        {
          text: serviceAccount(
            'your-project',
            join(
              '-'.repeat(5),
              'BEGIN PRIVATE KEY',
              '-'.repeat(5),
              '\\n...\\n',
              '-'.repeat(5),
              'END PRIVATE KEY',
              '-'.repeat(5),
              '\\n',
            ),
          ),
        },
        { text: '{\n  "private_key_id": "DUMMY",\n  "private_key": "DUMMY"\n}\n' },
        {
          text: '{\n  "type": "external_account",\n  "audience": "//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/ci/providers/github",\n  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",\n  "token_url": "https://sts.googleapis.com/v1/token"\n}\n',
        },
      ],
    },
    'gcp-oauth-client-secret': {
      truePositives: [
        {
          text: `{"web":{"client_id":"${rand(DIGITS, 12)}-${rand(ALNUM, 32).toLowerCase()}.apps.googleusercontent.com","client_secret":"${oauth}"}}`,
          secret: oauth,
        },
        { text: `GOOGLE_CLIENT_SECRET=${oauth}`, secret: oauth },
        { text: `google:\n  client_secret: ${oauth}`, secret: oauth },
      ],
      falsePositives: [
        { text: 'GOOGLE_CLIENT_SECRET=GOCSPX-<client secret>' },
        { text: join('Client secrets start with GOCSPX-', rand(ALNUM, 4), ' (truncated in this log line).') },
        { text: join('client_secret: GOCSPX-', 'x'.repeat(28)) },
      ],
    },
  };
}
