import type { Rule } from '../types.js';
import { isRealPassword, urlUser, userinfoAfter } from './userinfo.js';

// Web, file-transfer, VCS and mail URLs with a password in them. Database and broker URLs are
// rules/database's; `.git-credentials` files are rules/credential-files'.
const SCHEMES = String.raw`https?|ftps?|sftp|ssh|git|git\+(?:https?|ssh)|svn(?:\+ssh)?|smb|cifs|ldaps?|wss?|rtsps?|sips?|imaps?|pop3s?|smtps?|socks[45]h?|nntp|davs?|webdavs?|rsync|telnet|vnc|xmpp`;

export const rules: Rule[] = [
  {
    id: 'url-credentials',
    description: 'Password embedded in a URL (`https://user:password@host`, ftp, ssh, smtp, proxies …)',
    severity: 'high',
    regex: new RegExp(userinfoAfter(SCHEMES), 'i'),
    secretGroup: 2,
    keywords: ['://'],
    validate: (secret, match) => isRealPassword(secret, urlUser(match)) && !/^anonymous$/i.test(urlUser(match)),
    allowlists: [{ description: 'owned by the git-credentials rule', paths: [/(?:^|\/)\.git-credentials$/] }],
    tags: ['url', 'basic-auth', 'password'],
  },
];
