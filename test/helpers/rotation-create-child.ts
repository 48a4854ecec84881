// A worker process that runs "Create a replacement" for one incident and then hangs, for tests
// that kill it between creating the key and storing it. Configured by the environment like a
// worker, plus INCIDENT_ID and LEAKED_KEY_ID (test keys from moto).
import { awsRotation } from '../../rules/aws/rotate-finish.js';
import { loadResponderConfig } from '../../responder/config.js';
import { Scrubber } from '../../responder/crypto/scrub.js';
import { awsRotationContext, RotationClients } from '../../responder/rotation/context.js';
import { createServices } from '../../responder/services.js';

const config = loadResponderConfig(process.env, 'worker');
const s = createServices(config, 'rotation-child', { slack: null });
const ctx = awsRotationContext(s, new RotationClients(config), process.env.INCIDENT_ID ?? '', new Scrubber());
const r = await awsRotation.steps[0]!.run({ secret: process.env.LEAKED_KEY_ID ?? '' }, ctx);
process.stdout.write(`${r.outcome}\n`);
// Hang here, as a worker would on its way to the next step, until the test kills it.
setInterval(() => {}, 60_000);
