// One CloudTrail client per region the investigation searches: event history is regional,
// and IAM/STS calls made through global endpoints are logged in us-east-1.
// AWS_ENDPOINT_URL_CLOUDTRAIL (or AWS_ENDPOINT_URL) points them elsewhere (a stand-in in tests).
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { RegionClient } from '../../rules/aws/investigate.js';
import type { ResponderConfig } from '../config.js';

export interface CloudTrailClients {
  regions: RegionClient[];
  destroy(): void;
}

export function cloudTrailClients(config: ResponderConfig['aws']): CloudTrailClients {
  // Throttling is retried by the lookup itself, paced to CloudTrail's 2 requests per second.
  const clients = config.cloudTrailRegions.map((region) => ({
    region,
    client: new CloudTrailClient({
      region,
      maxAttempts: 1,
      ...(config.cloudTrailEndpoint ? { endpoint: config.cloudTrailEndpoint } : {}),
    }),
  }));
  return {
    regions: clients,
    destroy: () => {
      for (const c of clients) c.client.destroy();
    },
  };
}
