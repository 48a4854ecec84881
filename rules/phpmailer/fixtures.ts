import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const smtpPassword = (): string => join('Sm', rand(ALNUM, 12), '#');
  return {
    'phpmailer-smtp-password': (() => {
      const [a, b, c] = [smtpPassword(), smtpPassword(), smtpPassword()];
      return {
        truePositives: [
          { text: `$mail->Password   = '${a}';                               //SMTP password`, secret: a },
          { text: `$mail->Password = "${b}";`, secret: b },
        ],
        falsePositives: [
          { text: `$mail->Password = getenv('SMTP_PASSWORD');` },
          { text: `$mail->Password   = 'secret';` },
          { text: `$mail->Password = "$smtpPass";` },
        ],
      };
    })(),
  };
}
