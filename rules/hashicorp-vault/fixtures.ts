import { ALNUM, BASE64URL, join, LOWER, rand, UPPER } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const svc = join('hvs.', rand(BASE64URL, 95));
  const svcLong = join('hvs.', rand(BASE64URL, 115));
  const batch = join('hvb.', rand(BASE64URL, 150));
  const recovery = join('hvr.', rand(BASE64URL, 95));
  let legacyBody = rand(ALNUM, 24);
  if (!/[0-9]/.test(legacyBody)) legacyBody = `${legacyBody.slice(0, 23)}4`;
  const legacy = join('s.', legacyBody);
  return {
    'vault-service-token': {
      truePositives: [
        { text: `VAULT_TOKEN=${svc}`, secret: svc },
        { text: `vault login ${svcLong}`, secret: svcLong },
        { text: `vault_service_token = '${svc}'`, secret: svc },
      ],
      falsePositives: [
        { text: 'hvs.abc' },
        { text: join('x', 'hvs.', rand(BASE64URL, 95)) },
        { text: '# token: hvs.example' },
      ],
    },
    'vault-batch-token': {
      truePositives: [
        { text: `VAULT_BATCH_TOKEN=${batch}`, secret: batch },
        { text: `curl -H "X-Vault-Token: ${batch}" https://vault.example.com/v1/secret/data/app`, secret: batch },
        { text: `{"auth": {"client_token": "${batch}"}}`, secret: batch },
      ],
      falsePositives: [
        { text: 'hvb.tooshortxxx' },
        { text: join('hvb.', rand(BASE64URL, 100)) },
        { text: join('hvx.', rand(BASE64URL, 150)) },
      ],
    },
    'vault-recovery-token': {
      truePositives: [
        { text: `VAULT_RECOVERY_TOKEN='${recovery}'`, secret: recovery },
        { text: `recovery_token: ${recovery}`, secret: recovery },
        { text: `vault operator generate-root -dr-token=${recovery}`, secret: recovery },
      ],
      falsePositives: [
        { text: 'hvr.placeholder' },
        { text: join('hvr.', rand(BASE64URL, 60)) },
        { text: join('VAULT_RECOVERY_TOKEN=hvr.', 'x'.repeat(95)) },
      ],
    },
    'vault-legacy-token': {
      truePositives: [
        { text: `VAULT_TOKEN=${legacy}`, secret: legacy },
        { text: `vault_token = "${legacy}"`, secret: legacy },
        { text: `curl --header "X-Vault-Token: ${legacy}" https://vault.internal:8200/v1/sys/health`, secret: legacy },
      ],
      falsePositives: [
        { text: join('VAULT_TOKEN=s.', rand(UPPER + LOWER, 24)) },
        { text: `token = ${legacy}` },
        { text: 'VAULT_ADDR=https://vault.example.com' },
      ],
    },
  };
}
