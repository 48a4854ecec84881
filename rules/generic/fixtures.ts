import { ALNUM, BASE64, BASE64URL, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const PASSWORD_CHARS = `${ALNUM}!@%*+~^`;

function uuid(): string {
  return [8, 4, 4, 4, 12].map((n) => rand(HEX, n)).join('-');
}

export function fixtures(): RuleFixtures {
  const pw = () => rand(PASSWORD_CHARS, 14);
  const [p1, p2, p3, p4, p5, p6, p7] = [pw(), pw(), pw(), pw(), pw(), pw(), pw()];
  const key = rand(ALNUM, 32);
  const hex64 = rand(HEX, 64);
  const tok = rand(BASE64URL, 40);
  const tok2 = rand(ALNUM, 24);
  const b64 = rand(BASE64, 44);
  return {
    'generic-password': {
      truePositives: [
        { text: `DB_PASSWORD=${p1}`, secret: p1 },
        { text: `spring:\n  datasource:\n    password: "${p2}"\n`, secret: p2 },
        { text: `{"user": "app", "password": "${p3}"}`, secret: p3 },
        { text: `<connection>\n  <password>${p4}</password>\n</connection>`, secret: p4 },
        { text: `$smtp_pass = '${p5}';`, secret: p5 },
        { text: `PGPASSWORD=${p6} psql -h db -U app`, secret: p6 },
        { text: `mysql --user=doadmin --password=${p7} --host=db`, secret: p7 },
        { text: `const dbPassword: string = "${p1}";`, secret: p1 },
        { text: `val adminPassword: String = "${p2}"`, secret: p2 },
        { text: `var smtpPassword string = "${p3}"`, secret: p3 },
      ],
      falsePositives: [
        { text: 'password = getPassword()' },
        { text: 'password: ${DB_PASSWORD}' },
        { text: 'DB_PASSWORD=changeme' },
        { text: 'password = os.environ["DB_PASSWORD"]' },
        { text: 'password: "{{ vault_db_password }}"' },
        { text: 'password: "********"' },
        { text: 'PASSWORD_MIN_LENGTH=12' },
        { text: 'password_reset_url: https://example.com/account/reset' },
        { text: join('password_hash = "$2b$12$', rand(`${ALNUM}./`, 53), '"') },
        { text: 'passport_number = "X12345678"' },
        { text: 'if (password.length > 8) return;' },
        { text: 'password = "Password123"' },
        { text: 'ADMIN_PASSWORD=admin123' },
        { text: 'password: hunter22' },
        { text: '<input type="password" name="password" value="">' },
      ],
    },
    'generic-secret': {
      truePositives: [
        { text: `API_KEY=${key}`, secret: key },
        { text: `"client_secret": "${hex64}",`, secret: hex64 },
        { text: `const accessToken = '${tok}';`, secret: tok },
        { text: `export AUTH_TOKEN=${tok2}`, secret: tok2 },
        { text: `private static final String SECRET_KEY = "${b64}";`, secret: b64 },
        { text: `headers = {"Authorization": "Bearer ${tok}"}`, secret: tok },
        { text: `<add name="ServiceApiKey" connectionString="" apiKey="${key}" />`, secret: key },
      ],
      falsePositives: [
        { text: `"integrity": "sha512-${Buffer.from(rand(ALNUM, 64)).toString('base64')}",` },
        { text: `secret: sha256:${rand(HEX, 64)}` },
        { text: `golang.org/x/oauth2 v0.15.0 h1:${Buffer.from(rand(ALNUM, 32)).toString('base64')}` },
        { text: `deploy_token: ${rand(HEX, 40)}  # commit sha of the release` },
        { text: `api_key: ${uuid()}` },
        { text: `client_secret: /etc/app/secrets/client_secret.txt` },
        { text: 'auth_token: https://auth.example.com/oauth/token' },
        { text: 'auth: true' },
        { text: 'token: null' },
        { text: 'apiKey: config.apiKey,' },
        { text: 'token = self.get_token()' },
        { text: 'api_key = os.environ["API_KEY"]' },
        { text: 'secret: "{{ .Values.secret }}"' },
        { text: 'API_KEY=your-api-key-here' },
        { text: 'client_secret: my-awesome-app-secret-2019' },
        { text: 'token: accessTokenFromStorage' },
        { text: `public_key = "${rand(BASE64, 44)}"` },
        { text: `csrf_token = "${rand(ALNUM, 32)}"` },
        { text: 'secret_version: 1.4.2' },
        { text: 'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")' },
        { text: `client_secret: "data:text/plain;base64,${Buffer.from(rand(ALNUM, 30)).toString('base64')}"` },
        { text: 'const apiKey = process.env.API_KEY;' },
        { text: join('OPENAI_API_KEY=sk-', 'proj-', 'tooShort123') },
        { text: 'secretName: tls-cert-2024' },
        { text: `ACCESS_KEY_ID=${rand(ALNUM, 20)}` },
      ],
    },
    'generic-secret-cli-flag': {
      truePositives: [
        { text: `docker login --password ${p1} registry.example.com`, secret: p1 },
        { text: `deploy-cli push --api-key ${key} --region eu-west-1`, secret: key },
        { text: `rabbitmqctl add_user admin --password '${p2}'`, secret: p2 },
      ],
      falsePositives: [
        { text: 'docker login --password-stdin registry.example.com' },
        { text: 'my-cli --token $TOKEN --verbose' },
        { text: 'my-cli --api-key <YOUR_KEY>' },
        { text: 'cli --password-file /run/secrets/db_password' },
      ],
    },
    'generic-secret-key-value': {
      truePositives: [
        { text: `<appSettings>\n  <add key="DbPassword" value="${p3}" />\n</appSettings>`, secret: p3 },
        { text: `env:\n  - name: API_TOKEN\n    value: "${tok}"\n`, secret: tok },
        { text: `[{"name": "CLIENT_SECRET", "value": "${hex64}"}]`, secret: hex64 },
      ],
      falsePositives: [
        { text: '<add key="ApiKeyHeader" value="X-Api-Key" />' },
        {
          text: 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n',
        },
        { text: '{"name": "TOKEN_URL", "value": "https://auth.example.com/token"}' },
        { text: '<add key="Password" value="" />' },
      ],
    },
  };
}
