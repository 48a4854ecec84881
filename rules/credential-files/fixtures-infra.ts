import { ALNUM, BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const kubeconfig = (user: string): string =>
  `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n${user}\n`;

export function fixtures(): RuleFixtures {
  const token = rand(ALNUM, 52);
  const saToken = join(
    'eyJhbGciOiJSUzI1NiIsImtpZCI6I',
    rand(BASE64URL, 60),
    '.',
    rand(BASE64URL, 80),
    '.',
    rand(BASE64URL, 86),
  );
  const password = join('Kube', rand(ALNUM, 10));
  const dbPassword = rand(ALNUM, 24);
  const pem = join(
    '-----BEGIN RSA ',
    'PRIVATE KEY-----\\n',
    rand(ALNUM, 64),
    '\\n-----END RSA ',
    'PRIVATE KEY-----\\n',
  );
  const tfstate = (attrs: string): string =>
    `{\n  "version": 4,\n  "resources": [\n    {\n      "type": "aws_db_instance",\n      "instances": [\n        {\n          "attributes": {\n${attrs}\n          }\n        }\n      ]\n    }\n  ]\n}\n`;
  return {
    'kubeconfig-credentials': {
      truePositives: [
        { text: kubeconfig(`    token: ${token}`), secret: token, path: '.kube/config' },
        {
          text: kubeconfig(`    username: admin\n    password: ${password}`),
          secret: password,
          path: 'clusters/prod.kubeconfig',
        },
        { text: kubeconfig(`    token: ${saToken}`), secret: saToken, path: 'kubeconfig' },
      ],
      falsePositives: [
        { text: kubeconfig('    tokenFile: /var/run/secrets/token'), path: '.kube/config' },
        { text: kubeconfig('    exec:\n      command: aws\n      args: ["eks", "get-token"]'), path: '.kube/config' },
        { text: kubeconfig(`    password: ${join('Kb', rand(ALNUM, 4))}`), path: 'docs/kubeconfig.md' },
      ],
    },
    'terraform-state-secret': {
      truePositives: [
        {
          text: tfstate(`            "username": "admin",\n            "password": "${dbPassword}"`),
          secret: dbPassword,
          path: 'terraform.tfstate',
        },
        {
          text: tfstate(`            "private_key_pem": "${pem}"`),
          secret: pem,
          path: 'infra/prod/terraform.tfstate.backup',
        },
      ],
      falsePositives: [
        {
          text: tfstate('            "password": null,\n            "password_wo_version": "1"'),
          path: 'terraform.tfstate',
        },
        {
          text: tfstate('            "kms_key_id": "arn:aws:kms:eu-west-1:123456789012:key/abc"'),
          path: 'terraform.tfstate',
        },
        {
          text: tfstate(
            `            "secret_arn": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-${rand(ALNUM, 6)}"`,
          ),
          path: 'terraform.tfstate',
        },
      ],
    },
    'key-store-file': {
      truePositives: [
        { text: '', path: 'certs/server.p12' },
        { text: '', path: 'android/app/release.keystore' },
        { text: '', path: 'secrets/passwords.kdbx' },
        { text: '', path: 'deploy/id_ed25519' },
        { text: '', path: 'jenkins_home/secrets/hudson.util.Secret' },
      ],
      falsePositives: [
        { text: '', path: 'deploy/id_ed25519.pub' },
        { text: '', path: 'docs/keystore.md' },
        { text: '', path: 'src/pfx/parser.ts' },
      ],
    },
    'terraform-config-password': (() => {
      const [w1, w2, w3] = [join('hunter', rand('0123456789', 2)), rand(ALNUM, 16), rand(ALNUM, 12)];
      return {
        truePositives: [
          {
            text: `resource "azurerm_mssql_server" "db" {\n  administrator_login          = "sqladmin"\n  administrator_login_password = "${w1}"\n}\n`,
            secret: w1,
            path: 'infra/main.tf',
          },
          { text: `db_password = "${w2}"\n`, secret: w2, path: 'envs/prod.tfvars' },
          { text: `  password = "${w3}"\n`, secret: w3, path: 'packer/build.pkr.hcl' },
        ],
        falsePositives: [
          { text: '  administrator_login_password = "${var.sql_password}"\n', path: 'infra/main.tf' },
          { text: '  password = var.db_password\n', path: 'infra/main.tf' },
          { text: '  password = "changeme"\n', path: 'infra/main.tf' },
          { text: `  password = "${join('Tg', rand('0123456789', 3))}"\n`, path: 'docs/terraform.md' },
        ],
      };
    })(),
    'nuget-config-password': (() => {
      const [w1, w2] = [join('hunter', rand('0123456789', 2)), rand(ALNUM, 20)];
      const config = (value: string): string =>
        `<configuration>\n  <packageSourceCredentials>\n    <acme>\n      <add key="Username" value="ci" />\n      <add key="ClearTextPassword" value="${value}" />\n    </acme>\n  </packageSourceCredentials>\n</configuration>\n`;
      return {
        truePositives: [
          { text: config(w1), secret: w1, path: 'NuGet.Config' },
          { text: config(w2), secret: w2, path: 'src/nuget.config' },
        ],
        falsePositives: [
          { text: config('%NUGET_FEED_PASSWORD%'), path: 'NuGet.Config' },
          { text: config(join('Tg', rand('0123456789', 3))), path: 'docs/nuget-config.md' },
        ],
      };
    })(),
  };
}
