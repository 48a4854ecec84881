import { BASE64, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

/** Base64 key material starting with a realistic DER/blob prefix, as lines of `width`. */
export function keyLines(prefix: string, length: number, width = 64): string[] {
  const b64 = `${prefix + rand(BASE64, length - prefix.length - 2)}==`;
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += width) lines.push(b64.slice(i, i + width));
  return lines;
}

/** A PEM block; `kind` is e.g. `RSA ` or '' for PKCS#8. Dashes are joined so no literal block sits in source. */
export function pem(kind: string, lines: string[], sep = '\n', headers: string[] = []): string {
  const dashes = '-'.repeat(5);
  return [
    join(dashes, 'BEGIN ', kind, 'PRIVATE KEY', dashes),
    ...headers,
    ...lines,
    join(dashes, 'END ', kind, 'PRIVATE KEY', dashes),
  ].join(sep);
}

export function fixtures(): RuleFixtures {
  const rsa = keyLines('MIIEpAIBAAKCAQEA', 1592);
  const pkcs8 = keyLines('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 1624);
  const openssh = keyLines('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 400, 70);
  const ec = keyLines('MHcCAQEEI', 160);
  const dsa = keyLines('MIIBuwIBAAKBgQ', 900);
  const encrypted = keyLines('MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI', 1700);
  const legacyEncrypted = keyLines('', 1600);
  const ed25519 = keyLines('MC4CAQAwBQYDK2VwBCIEI', 64);
  const pgpBody = keyLines('lQOYBF', 1200);
  pgpBody.push(join('=', rand(BASE64, 4)));
  const pgp = (kind: string, body: string[]): string =>
    [
      join('-'.repeat(5), 'BEGIN PGP ', kind, ' KEY BLOCK', '-'.repeat(5)),
      'Comment: build signing key',
      '',
      ...body,
      join('-'.repeat(5), 'END PGP ', kind, ' KEY BLOCK', '-'.repeat(5)),
    ].join('\n');
  const ppkPublic = keyLines('AAAAC3NzaC1lZDI1NTE5AAAAI', 68, 64);
  const ppkPrivate = keyLines('AAAAI', 48, 64);
  const rsaPpkPublic = keyLines('AAAAB3NzaC1yc2EAAAADAQABAAABAQ', 372, 64);
  const rsaPpkPrivate = keyLines('AAABAQ', 1040, 64);
  const ppk = (
    version: string,
    algo: string,
    enc: string,
    pub: string[],
    priv: string[],
    kdf: string[],
    mac: number,
  ): string =>
    [
      join('PuTTY-User-Key-File-', version, ': ', algo),
      `Encryption: ${enc}`,
      `Comment: ${algo}-key-20240101`,
      `Public-Lines: ${pub.length}`,
      ...pub,
      ...kdf,
      `Private-Lines: ${priv.length}`,
      ...priv,
      `Private-MAC: ${rand(HEX, mac)}`,
    ].join('\n');
  const argon = [
    'Key-Derivation: Argon2id',
    'Argon2-Memory: 8192',
    'Argon2-Passes: 13',
    'Argon2-Parallelism: 1',
    `Argon2-Salt: ${rand(HEX, 32)}`,
  ];
  const indent = '    ';
  const dashes = '-'.repeat(5);
  return {
    'private-key': {
      truePositives: [
        { text: pem('RSA ', rsa), secret: rsa.join('\n') },
        { text: `{\n  "key": "${pem('', pkcs8, '\\n')}\\n",\n  "prop": "value"\n}`, secret: pkcs8.join('\\n') },
        { text: `${pem('OPENSSH ', openssh)}\n`, secret: openssh.join('\n') },
        {
          text: `tls:\n  key: |\n${indent}${pem('EC ', ec, `\n${indent}`)}\n`,
          secret: ec.join(`\n${indent}`),
        },
        { text: pem('DSA ', dsa, '\r\n'), secret: dsa.join('\r\n') },
        { text: pem('ENCRYPTED ', encrypted), secret: encrypted.join('\n') },
        {
          text: pem('RSA ', legacyEncrypted, '\n', [
            'Proc-Type: 4,ENCRYPTED',
            `DEK-Info: AES-128-CBC,${rand(HEX, 32).toUpperCase()}`,
            '',
          ]),
          secret: legacyEncrypted.join('\n'),
        },
        { text: `const key = \`${pem('', ed25519)}\`;`, secret: ed25519.join('\n') },
      ],
      falsePositives: [
        { text: pem('', ['...']) },
        { text: pem('', ['xxx']) },
        { text: pem('', ['***']) },
        { text: pem('', ['YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo=']) },
        { text: pem('RSA ', [`MIIEpAIBAAKCAQEA${'A'.repeat(48)}`, 'A'.repeat(64), 'A'.repeat(64)]) },
        {
          text: [
            join(dashes, 'BEGIN PUBLIC KEY', dashes),
            ...keyLines('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 392),
            join(dashes, 'END PUBLIC KEY', dashes),
          ].join('\n'),
        },
        {
          text: [
            join(dashes, 'BEGIN CERTIFICATE', dashes),
            ...keyLines('MIIDdzCCAl+gAwIBAgIE', 1200),
            join(dashes, 'END CERTIFICATE', dashes),
          ].join('\n'),
        },
        { text: join('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI', rand(BASE64, 43), ' deploy@ci') },
        { text: [join(dashes, 'BEGIN RSA PRIVATE KEY', dashes), ...rsa.slice(0, 3), '(truncated)'].join('\n') },
      ],
    },
    'pgp-private-key': {
      truePositives: [
        { text: pgp('PRIVATE', pgpBody), secret: pgpBody.join('\n') },
        {
          text: `GPG_SIGNING_KEY: |\n  ${pgp('PRIVATE', pgpBody).split('\n').join('\n  ')}`,
          secret: pgpBody.join('\n  '),
        },
      ],
      falsePositives: [{ text: pgp('PUBLIC', pgpBody) }, { text: pgp('PRIVATE', ['...']) }],
    },
    'putty-private-key': {
      truePositives: [
        { text: ppk('3', 'ssh-ed25519', 'none', ppkPublic, ppkPrivate, [], 64), secret: ppkPrivate.join('\n') },
        {
          text: ppk('2', 'ssh-rsa', 'aes256-cbc', rsaPpkPublic, rsaPpkPrivate, [], 40),
          secret: rsaPpkPrivate.join('\n'),
        },
        {
          text: ppk('3', 'ssh-rsa', 'aes256-cbc', rsaPpkPublic, rsaPpkPrivate, argon, 64),
          secret: rsaPpkPrivate.join('\n'),
        },
      ],
      falsePositives: [
        {
          text: [
            '---- BEGIN SSH2 PUBLIC KEY ----',
            'Comment: "rsa-key-20240101"',
            ...rsaPpkPublic,
            '---- END SSH2 PUBLIC KEY ----',
          ].join('\n'),
        },
        { text: ppk('3', 'ssh-ed25519', 'none', ppkPublic, ['AAAA'], [], 64) },
      ],
    },
  };
}
