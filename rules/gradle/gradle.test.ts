import { describe, expect, it } from 'vitest';
import { Detector } from '../../scanner/detect/detector.js';
import { ALNUM, join, rand } from '../fixture-kit.js';
import { defaultRules } from '../index.js';

const detector = new Detector({ rules: defaultRules });
const scan = (text: string, path: string) =>
  detector.detect({ text, path }).map((f) => ({ ruleId: f.ruleId, secret: f.secret }));

describe('Gradle credentials', () => {
  it('reports a systemProp password in gradle.properties once, as a tool-config credential', () => {
    const value = join(rand(ALNUM, 20), '8p');
    expect(scan(`systemProp.https.proxyPassword=${value}\n`, 'gradle.properties')).toEqual([
      { ruleId: 'tool-config-credentials', secret: value },
    ]);
  });

  it('finds every password of a publishing block in a Kotlin build script', () => {
    const [a, b] = [join(rand(ALNUM, 16), '1a'), join(rand(ALNUM, 16), '2b')];
    const script = [
      'publishing {',
      '  repositories {',
      '    maven("https://nexus.acme.io/repository/releases") {',
      '      credentials {',
      '        username = "release-bot"',
      `        password = "${a}"`,
      '      }',
      '    }',
      '    maven("https://nexus.acme.io/repository/snapshots") {',
      `      credentials { username = "snap"; password = "${b}" }`,
      '    }',
      '  }',
      '}',
    ].join('\n');
    const found = scan(script, 'build.gradle.kts').filter((f) => f.ruleId === 'gradle-script-password');
    expect(found.map((f) => f.secret)).toEqual([a, b]);
  });
});
