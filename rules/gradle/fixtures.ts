import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const token = (): string => join(rand(ALNUM, 22), '3t');
  const [p1, p2, p3] = [token(), token(), token()];
  const weak = join('Deploy', 'Maven', '77');
  return {
    'gradle-script-password': {
      truePositives: [
        {
          text: `repositories {\n  maven {\n    url "https://repo.acme.io/releases"\n    credentials {\n      username "deploy"\n      password "${weak}"\n    }\n  }\n}\n`,
          secret: weak,
          path: 'build.gradle',
        },
        {
          text: `maven {\n    credentials {\n        username = "ci"\n        password = "${p1}"\n    }\n}\n`,
          secret: p1,
          path: 'settings.gradle.kts',
        },
        {
          text: `android {\n  signingConfigs {\n    release {\n      storeFile file('release.jks')\n      storePassword '${p2}'\n      keyPassword '${p2}'\n    }\n  }\n}\n`,
          secret: p2,
          path: 'app/build.gradle',
        },
        {
          text: `allprojects { repositories { maven { credentials { password.set("${p3}") } } } }\n`,
          secret: p3,
          path: 'gradle/init.d/corp-repo.init.gradle.kts',
        },
      ],
      falsePositives: [
        {
          text: 'credentials {\n  username = providers.gradleProperty("mavenUser").get()\n  password = providers.gradleProperty("mavenPassword").get()\n}\n',
          path: 'build.gradle.kts',
        },
        { text: 'credentials {\n  password "${System.getenv(\'MAVEN_PASSWORD\')}"\n}\n', path: 'build.gradle' },
        { text: "debug {\n  storePassword 'android'\n  keyPassword 'android'\n}\n", path: 'app/build.gradle' },
        { text: 'credentials(PasswordCredentials) {\n  password = "<password>"\n}\n', path: 'settings.gradle' },
      ],
    },
    'gradle-property-credentials': {
      truePositives: [
        {
          text: `    env:\n      ORG_GRADLE_PROJECT_mavenCentralPassword: ${p1}\n`,
          secret: p1,
          path: '.github/workflows/release.yml',
        },
        {
          text: `./gradlew publish -Dorg.gradle.project.signingPassword=${p2} --no-daemon\n`,
          secret: p2,
          path: 'ci/release.sh',
        },
        { text: `ENV ORG_GRADLE_PROJECT_artifactoryApiKey="${p3}"\n`, secret: p3, path: 'Dockerfile' },
        { text: `systemProp.http.proxyPassword=${weak}\n`, secret: weak, path: 'ci/gradle-ci.properties' },
      ],
      falsePositives: [
        {
          text: '      ORG_GRADLE_PROJECT_signingPassword: ${{ secrets.SIGNING_PASSWORD }}\n',
          path: '.github/workflows/release.yml',
        },
        { text: 'export ORG_GRADLE_PROJECT_mavenPassword="$MAVEN_PASSWORD"\n', path: 'ci/env.sh' },
        { text: 'systemProp.http.proxyPassword=changeme\n', path: 'ci/gradle-ci.properties' },
        { text: 'systemProp.http.proxyHost=proxy.acme.io\n', path: 'ci/gradle-ci.properties' },
      ],
    },
  };
}
