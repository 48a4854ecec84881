import type { Rule } from '../types.js';
import { isRealPassword } from '../url-credentials/userinfo.js';

// Gradle credentials outside gradle.properties (which the tool-config rule reads):
// - build and settings scripts and init scripts, Groovy or Kotlin DSL: a repository's
//   `credentials { username = "…"; password = "…" }` and Android `signingConfigs`
//   (`storePassword`, `keyPassword`);
//   https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:handling_credentials
//   https://developer.android.com/studio/publish/app-signing#secure-shared-keystore
// - project and system properties set from outside a build: `ORG_GRADLE_PROJECT_<name>` env
//   vars, `-Dorg.gradle.project.<name>=`, and `systemProp.<name>=` lines.
//   https://docs.gradle.org/current/userguide/build_environment.html#setting_a_project_property
// A literal in a build script is the finding whatever its strength; a GString with `$`
// (`"${System.getenv('X')}"`), a property lookup or a placeholder is not.

/** Build, settings and init scripts: `build.gradle`, `settings.gradle.kts`, `init.d/ci.gradle`. */
const GRADLE_SCRIPTS = /(?:^|\/)[\w.-]*\.gradle(?:\.kts)?$/;

/** The password of the debug keystore every Android SDK generates; documented, not a secret. */
const ANDROID_DEBUG = /^android$/;

export const rules: Rule[] = [
  {
    id: 'gradle-script-password',
    description:
      'Password literal in a Gradle build, settings or init script (repository credentials, signing configs)',
    severity: 'high',
    path: GRADLE_SCRIPTS,
    // `password = "…"`, `password "…"`, `password("…")`, `password.set("…")`; groups 1 and 2
    // are the double- and single-quoted value. A double-quoted value has no `$`: Groovy would
    // interpolate it, so it is a lookup, not a literal.
    regex:
      /\b(?:password|storePassword|keyPassword)(?:[ \t]{0,3}=[ \t]{0,3}|[ \t]{1,3}|[ \t]{0,3}\([ \t]{0,3}|\.set\([ \t]{0,3})(?:"([^"$\\\r\n]{1,200})"|'([^'\\\r\n]{1,200})')/,
    keywords: ['password'],
    validate: (secret) => !ANDROID_DEBUG.test(secret) && isRealPassword(secret),
    tags: ['credential-file', 'gradle'],
  },
  {
    id: 'gradle-property-credentials',
    description:
      'Credential passed to Gradle as a project or system property (ORG_GRADLE_PROJECT_*, -Dorg.gradle.project.*, systemProp.*)',
    severity: 'high',
    // Group 1 double-quoted, 2 single-quoted, 3 bare value; a bare value stops at its complement.
    regex:
      /(?:\bORG_GRADLE_PROJECT_|(?:\b|-D)org\.gradle\.project\.|\bsystemProp\.)[\w.]{0,60}?(?:[Pp]assword|PASSWORD|[Tt]oken|TOKEN|[Ss]ecret|SECRET|[Aa]pi[Kk]ey|API_?KEY)[\w]{0,20}[ \t]{0,3}[=:][ \t]{0,3}(?:"([^"\r\n]{1,200})"|'([^'\r\n]{1,200})'|([^\s"'\x60;|&<>()]{1,200})(?:[\s"'\x60;|&<>()]|$))/,
    keywords: ['org_gradle_project_', 'org.gradle.project.', 'systemprop.'],
    validate: (secret) => !/^\$/.test(secret) && isRealPassword(secret),
    allowlists: [
      {
        description: 'gradle.properties, where tool-config-credentials reports the same value',
        paths: [/(?:^|\/)gradle\.properties$/],
      },
    ],
    tags: ['credential-file', 'gradle'],
  },
];
