import { ALNUM, DIGITS, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const url = (): string => rand(ALNUM, 27);
  return {
    'cloudinary-url': (() => {
      const [a, b, c] = [url(), url(), url()];
      return {
        truePositives: [
          { text: `CLOUDINARY_URL=cloudinary://${rand(DIGITS, 15)}:${a}@demo-cloud`, secret: a },
          { text: `cloudinary.config(url='cloudinary://${rand(DIGITS, 15)}:${b}@my_cloud')`, secret: b },
          { text: `  url: "cloudinary://${rand(DIGITS, 15)}:${c}@acme"`, secret: c },
        ],
        falsePositives: [
          { text: `CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>` },
          { text: `CLOUDINARY_URL=cloudinary://${rand(DIGITS, 15)}:${rand(ALNUM, 12)}@demo` },
        ],
      };
    })(),
  };
}
