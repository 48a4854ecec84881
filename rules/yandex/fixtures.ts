import { ALNUM, BASE64URL, DIGITS, LOWER, UPPER, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('AQVN', rand(BASE64URL, 36));
  const [a, b, c] = [make(), make(), make()];
  const short = join('AQVN', rand(BASE64URL, 34));
  const iam = (): string => join('t1', '.', rand(BASE64URL, 120), '.', rand(BASE64URL, 86));
  const [i1, i2, i3] = [iam(), iam(), iam()];
  // Each class present, as the validator demands of a real secret.
  const ycSecret = (): string => join('YC', rand(UPPER, 1), rand(LOWER, 1), rand(DIGITS, 1), rand(ALNUM, 35));
  const [y1, y2, y3] = [ycSecret(), ycSecret(), ycSecret()];
  return {
    'yandex-cloud-api-key': {
      truePositives: [
        { text: `YC_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
    'yandex-iam-token': {
      truePositives: [
        { text: `YC_TOKEN=${i1}`, secret: i1 },
        { text: `Authorization: Bearer ${i2}`, secret: i2 },
        { text: `{"iamToken": "${i3}"}`, secret: i3 },
      ],
      falsePositives: [
        { text: `ref t1.${rand(LOWER, 30)}.${rand(LOWER, 40)} end` },
        { text: `step t1.init() then t2.run()` },
      ],
    },
    'yandex-static-access-key-secret': {
      truePositives: [
        { text: `aws_secret_access_key = ${y1}`, secret: y1 },
        { text: `{"secret": "${y2}"}`, secret: y2 },
        { text: `YC_S3_SECRET='${y3}'`, secret: y3 },
      ],
      falsePositives: [
        { text: `id = "${join('YC', rand(ALNUM, 23))}"` },
        { text: `CONST = YCLE_STATE_MACHINE_TRANSITION_TABLE_V2` },
        { text: `ref = "Q${y1}"` },
      ],
    },
  };
}
