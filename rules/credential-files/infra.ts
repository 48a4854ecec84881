import type { Rule } from '../types.js';
import { isRealPassword } from '../url-credentials/userinfo.js';

// Infrastructure files that carry live credentials as a matter of course.

/** Attributes a provider marks sensitive (terraform.io/language/state/sensitive-data) and that hold a secret, not its id. */
const TFSTATE_NAME =
  /(?:password|secret|token|private_key(?:_pem|_openssh)?|access_key|api_key|connection_string|sas|auth_key|master_key|client_key|shared_key)$/;

export const rules: Rule[] = [
  {
    id: 'kubeconfig-credentials',
    description:
      'Bearer token or password of a cluster user in a kubeconfig (kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig)',
    severity: 'critical',
    path: /(?:^|\/)(?:\.kube\/config|kubeconfig(?:[-_][\w-]+)?(?:\.ya?ml)?|[\w.-]+\.kubeconfig(?:\.ya?ml)?|kube[-_]?config\.ya?ml|admin\.conf)$/i,
    regex: /^[ \t]{0,24}(?:token|password)[ \t]{0,4}:[ \t]{0,4}["']?([^\s"'#]{1,8192})/m,
    keywords: ['token', 'password'],
    validate: (secret) => isRealPassword(secret),
    tags: ['credential-file', 'kubernetes'],
  },
  {
    id: 'terraform-state-secret',
    description: 'Sensitive attribute (password, key, token) stored in clear in Terraform state (*.tfstate)',
    severity: 'critical',
    path: /\.tfstate(?:\.backup|\.\d+\.backup)?$/,
    regex: /"([a-z0-9_]{1,64})"[ \t]{0,4}:[ \t]{0,4}"((?:[^"\\\r\n]|\\.){4,8192})"/,
    secretGroup: 2,
    keywords: ['password', 'secret', 'token', 'private_key', 'access_key', 'api_key', 'connection_string', '_key"'],
    validate: (secret, match) => {
      const name = /^"([a-z0-9_]+)"/.exec(match)?.[1] ?? '';
      return TFSTATE_NAME.test(name) && isRealPassword(secret);
    },
    tags: ['credential-file', 'terraform'],
  },
  {
    // Terraform/HCL arguments named *password take a literal (azurerm_mssql_server
    // administrator_login_password, aws_db_instance password, …): a quoted literal there is the
    // password itself, weak or not; `${…}` interpolations and var./data. references are not.
    id: 'terraform-config-password',
    description: 'Literal password argument in a Terraform or HCL file (*.tf, *.tfvars, *.hcl)',
    severity: 'high',
    path: /\.(?:tf|tfvars|hcl)$/i,
    regex: /^[ \t]{0,24}[a-z0-9_]{0,40}password[ \t]{0,8}=[ \t]{0,4}"([^"\\$\r\n]{1,256})"/im,
    keywords: ['password'],
    validate: (secret) => isRealPassword(secret),
    tags: ['credential-file', 'terraform'],
  },
  {
    // packageSourceCredentials keep a clear-text password under ClearTextPassword
    // (learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials); the
    // `Password` key holds a DPAPI blob only the same Windows user can decrypt.
    id: 'nuget-config-password',
    description: 'Clear-text package source password in a NuGet.Config',
    severity: 'high',
    path: /(?:^|\/)nuget\.config$/i,
    regex: /<add[ \t]{1,8}key="ClearTextPassword"[ \t]{1,8}value="([^"\r\n]{1,512})"/i,
    keywords: ['cleartextpassword'],
    validate: (secret) => !/^%[\w.-]+%$/.test(secret) && isRealPassword(secret),
    tags: ['credential-file', 'package-registry'],
  },
];
