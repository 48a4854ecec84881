// Who owns a leaked AWS key, for the notifications: the rotation map entry's owner and the
// IAM user's owner/email tags, read from moto with the responder's own identity.
import { randomBytes } from 'node:crypto';
import { CreateUserCommand, TagUserCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadResponderConfig } from '../../responder/config.js';
import { createLogger } from '../../responder/log.js';
import { credentialOwners } from '../../responder/people/owner.js';
import { parseRotationMap } from '../../responder/rotation/map.js';
import { closeServices, createServices, type Services } from '../../responder/services.js';
import { motoIam } from '../helpers/aws-fixtures.js';
import { MOTO_ENV } from '../helpers/moto-server.js';
import { servicesMissing, servicesPerFile } from '../helpers/responder-services.js';
import { seedIncident } from '../helpers/seed-incidents.js';

const missing = servicesMissing();

describe.skipIf(missing !== undefined)(
  missing ? `credential owners (skipped: ${missing})` : 'credential owners',
  () => {
    const svc = servicesPerFile();
    let s: Services;
    beforeAll(async () => {
      Object.assign(process.env, MOTO_ENV);
      const config = loadResponderConfig(
        {
          GITHUB_WEBHOOK_SECRET: 'x',
          LEAKHOUND_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
          REDIS_URL: svc.redis.url,
          AWS_ENDPOINT_URL: svc.moto.url,
          ...MOTO_ENV,
        },
        'worker',
      );
      config.rotation.map = parseRotationMap(
        `[[rotation]]\nprovider = "aws"\nmatch = "arn:aws:iam::*:user/team/*"\nstore = "aws-secretsmanager"\npath = "x"\nfields = { id = "i", secret = "s" }\nowner = "Lead@Example.com"\n`,
        'r.toml',
      );
      s = createServices(config, 'worker', { log: createLogger('t', { write: () => {} }), slack: null });
    });
    afterAll(async () => s && closeServices(s));

    it('reads the rotation map owner (matched on the user ARN, path included) and the user tags', async () => {
      const iam = motoIam(svc.moto.url);
      await iam.send(new CreateUserCommand({ UserName: 'billing-bot', Path: '/team/' }));
      await iam.send(
        new TagUserCommand({
          UserName: 'billing-bot',
          Tags: [
            { Key: 'Owner', Value: 'owner@example.com' },
            { Key: 'email', Value: 'not an address' },
            { Key: 'cost-center', Value: 'x@example.com' },
          ],
        }),
      );
      const id = await seedIncident(s.ledger, {});
      const incident = (await s.ledger.get(id))!;
      incident.steps['aws-identify'] = {
        status: 'done',
        at: '',
        by: 'leakhound',
        detail: 'owned by IAM user billing-bot in account 123456789012; last used never (or not recorded)',
      };
      expect(await credentialOwners(s, incident)).toEqual({
        contacts: [
          { email: 'lead@example.com', source: 'rotation map entry rotation[1]' },
          { email: 'owner@example.com', source: 'IAM user tag Owner on billing-bot' },
        ],
        problems: [],
      });
    });

    it('says what it could not read instead of failing', async () => {
      const id = await seedIncident(s.ledger, {});
      const incident = (await s.ledger.get(id))!;
      incident.steps['aws-identify'] = {
        status: 'done',
        at: '',
        by: 'leakhound',
        detail: 'owned by IAM user gone-bot in account 1',
      };
      const r = await credentialOwners(s, incident);
      expect(r.contacts).toEqual([]);
      expect(r.problems).toEqual([
        expect.stringMatching(/^could not read IAM user gone-bot \(iam:GetUser\): NoSuchEntity/),
        expect.stringMatching(/^could not read the tags of IAM user gone-bot \(iam:ListUserTags\): NoSuchEntity/),
      ]);
    });
  },
);
