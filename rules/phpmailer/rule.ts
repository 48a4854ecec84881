import type { Rule } from '../types.js';
import { isRealPassword } from '../url-credentials/userinfo.js';

// phpmailer-smtp-password: https://github.com/PHPMailer/PHPMailer#a-simple-example (Nosey Parker np.phpmailer.1)
export const rules: Rule[] = [
  {
    id: 'phpmailer-smtp-password',
    description: 'SMTP password set on a PHPMailer instance (`$mail->Password = …`)',
    severity: 'high',
    regex: /\$mail->Password[ \t]{0,40}=[ \t]{0,10}(?:'([^'\r\n]{3,128})'|"([^"$\r\n]{3,128})")/,
    keywords: ['->password'],
    validate: (secret) => isRealPassword(secret),
    tags: ['phpmailer', 'smtp', 'password'],
  },
];
