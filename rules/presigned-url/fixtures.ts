import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const out: RuleFixtures = {};
  {
    const sig = (): string => rand(HEX, 64);
    const [a, b] = [sig(), sig()];
    const url = (s: string): string =>
      join(
        'https://acme-exports.s3.eu-west-1.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=',
        // AWS's documented example key id: a real one would be a second finding in the case.
        'AKIAIOSFODNN7',
        'EXAMPLE',
        '%2F20260101%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=',
        s,
      );
    out['aws-presigned-url'] = {
      truePositives: [
        { text: `download: ${url(a)}`, secret: a },
        { text: `"href": "${url(b)}"`, secret: b },
      ],
      falsePositives: [{ text: 'X-Amz-Signature=<signature>' }, { text: `X-Amz-Signature=${rand(HEX, 40)}` }],
    };
  }
  {
    const a = rand(HEX, 512);
    const url = join(
      'https://storage.googleapis.com/acme-bucket/export.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%40acme.iam.gserviceaccount.com%2F20260101%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20260101T000000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=',
      a,
    );
    out['gcs-signed-url'] = {
      truePositives: [{ text: `url = "${url}"`, secret: a }],
      falsePositives: [{ text: 'X-Goog-Signature=<hex>' }, { text: `X-Goog-Signature=${rand(HEX, 64)}` }],
    };
  }
  return out;
}
