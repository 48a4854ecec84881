import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const testReporterId = (): string => rand(HEX, 64);
  return {
    'codeclimate-test-reporter-id': (() => {
      const [a, b, c] = [testReporterId(), testReporterId(), testReporterId()];
      return {
        truePositives: [
          { text: ` - RAILS_ENV=test CODECLIMATE_REPO_TOKEN=${a} bundle exec rspec`, secret: a },
          { text: `CC_TEST_REPORTER_ID=${a}`, secret: a },
          { text: `codeclimate_reporter_id: "${b}"`, secret: b },
          { text: `cc_test_reporter_id = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `CC_TEST_REPORTER_ID=\${CC_TEST_REPORTER_ID}` },
          { text: `CC_TEST_REPORTER_ID=<your-codeclimate-key>` },
        ],
      };
    })(),
  };
}
