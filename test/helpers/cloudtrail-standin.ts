// A small CloudTrail stand-in: moto does not implement LookupEvents. It speaks CloudTrail's
// JSON protocol as documented (POST /, Content-Type application/x-amz-json-1.1, X-Amz-Target
// CloudTrail_20131101.LookupEvents, epoch-second timestamps, errors as {"__type": …}),
// answers per region (read from the SigV4 credential scope), newest events first in pages
// of MaxResults (at most 50) with an opaque NextToken, and throttles like the service: a token
// bucket of 2 requests per second per region, plus ThrottlingException on chosen requests.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './http-standin.js';

export interface SeedEvent {
  keyId: string;
  region: string;
  at: Date;
  eventName: string;
  eventSource?: string;
  sourceIp: string;
  userAgent?: string;
  errorCode?: string;
  requestParameters?: Record<string, unknown>;
  responseElements?: Record<string, unknown>;
}

export interface CloudTrailStandIn {
  url: string;
  /** Records a call made later (e.g. after containment), as CloudTrail would deliver it. */
  add(e: SeedEvent): void;
  /** Every request: its region, lookup key id, NextToken, arrival time and answer. */
  requests: { region: string; keyId?: string; token?: string; status: number; errorType?: string }[];
  close(): Promise<void>;
}

export interface StandInOptions {
  /** Request numbers (1-based, across all regions) answered with ThrottlingException. */
  throttle?: number[];
  /** Regions whose caller lacks cloudtrail:LookupEvents. */
  deniedRegions?: string[];
  now?: () => number;
}

export async function startCloudTrailStandIn(seed: SeedEvent[], o: StandInOptions = {}): Promise<CloudTrailStandIn> {
  const events = seed.map((e) => ({ ...e, id: randomUUID() })).sort((a, b) => b.at.getTime() - a.at.getTime());
  const add = (e: SeedEvent): void => {
    events.push({ ...e, id: randomUUID() });
    events.sort((a, b) => b.at.getTime() - a.at.getTime());
  };
  const requests: CloudTrailStandIn['requests'] = [];
  const buckets = new Map<string, { tokens: number; at: number }>();
  const now = o.now ?? Date.now;

  const handle = (req: IncomingMessage, body: string, res: ServerResponse) => {
    const region = /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\/cloudtrail\//.exec(req.headers.authorization ?? '')?.[1];
    const answer = (status: number, json: unknown, errorType?: string): void => {
      requests.push({ region: region ?? '?', status, ...(errorType ? { errorType } : {}), ...parsed });
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
      res.end(JSON.stringify(json));
    };
    const fail = (status: number, type: string, message: string): void =>
      answer(status, { __type: type, message }, type);
    let parsed: { keyId?: string; token?: string } = {};
    if (!region) return fail(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
    if (req.method !== 'POST' || req.headers['content-type'] !== 'application/x-amz-json-1.1')
      return fail(400, 'SerializationException', 'expected application/x-amz-json-1.1');
    if (req.headers['x-amz-target'] !== 'CloudTrail_20131101.LookupEvents')
      return fail(400, 'UnknownOperationException', 'only LookupEvents is implemented here');
    let input: {
      LookupAttributes?: { AttributeKey?: string; AttributeValue?: string }[];
      StartTime?: number;
      EndTime?: number;
      MaxResults?: number;
      NextToken?: string;
    };
    try {
      input = JSON.parse(body);
    } catch {
      return fail(400, 'SerializationException', 'body is not JSON');
    }
    const attr = input.LookupAttributes?.[0];
    parsed = { keyId: attr?.AttributeValue, token: input.NextToken };
    if (o.throttle?.includes(requests.length + 1)) return fail(400, 'ThrottlingException', 'Rate exceeded');
    const bucket = buckets.get(region) ?? { tokens: 2, at: now() };
    bucket.tokens = Math.min(2, bucket.tokens + ((now() - bucket.at) / 1000) * 2);
    bucket.at = now();
    buckets.set(region, bucket);
    if (bucket.tokens < 1) return fail(400, 'ThrottlingException', 'Rate exceeded');
    bucket.tokens -= 1;
    if (o.deniedRegions?.includes(region))
      return fail(400, 'AccessDeniedException', 'User is not authorized to perform: cloudtrail:LookupEvents');
    if ((input.LookupAttributes?.length ?? 0) > 1 || (attr && attr.AttributeKey !== 'AccessKeyId'))
      return fail(400, 'InvalidLookupAttributesException', 'only AccessKeyId lookups are implemented here');
    const max = input.MaxResults ?? 50;
    if (!Number.isInteger(max) || max < 1 || max > 50)
      return fail(400, 'InvalidMaxResultsException', 'MaxResults must be 1 to 50');
    if (input.StartTime !== undefined && input.EndTime !== undefined && input.StartTime > input.EndTime)
      return fail(400, 'InvalidTimeRangeException', 'StartTime is after EndTime');
    const matching = events.filter(
      (e) =>
        e.region === region &&
        (!attr || e.keyId === attr.AttributeValue) &&
        (input.StartTime === undefined || e.at.getTime() >= input.StartTime * 1000) &&
        (input.EndTime === undefined || e.at.getTime() <= input.EndTime * 1000),
    );
    let offset = 0;
    if (input.NextToken !== undefined) {
      const m = /^page:(\d+):(.*)$/.exec(Buffer.from(input.NextToken, 'base64').toString());
      if (!m || m[2] !== attr?.AttributeValue) return fail(400, 'InvalidNextTokenException', 'Invalid NextToken');
      offset = Number(m[1]);
    }
    const page = matching.slice(offset, offset + max);
    const more = offset + max < matching.length;
    answer(200, {
      Events: page.map((e) => ({
        EventId: e.id,
        EventName: e.eventName,
        ReadOnly: e.eventName.startsWith('Get') || e.eventName.startsWith('List') ? 'true' : 'false',
        AccessKeyId: e.keyId,
        EventTime: e.at.getTime() / 1000,
        EventSource: e.eventSource ?? 'iam.amazonaws.com',
        Username: 'app-deployer',
        Resources: [],
        CloudTrailEvent: JSON.stringify({
          eventVersion: '1.08',
          userIdentity: { type: 'IAMUser', accessKeyId: e.keyId, userName: 'app-deployer' },
          eventTime: e.at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
          eventSource: e.eventSource ?? 'iam.amazonaws.com',
          eventName: e.eventName,
          awsRegion: e.region,
          sourceIPAddress: e.sourceIp,
          userAgent: e.userAgent ?? 'aws-cli/2.15.0 Python/3.11.6',
          ...(e.errorCode ? { errorCode: e.errorCode, errorMessage: 'denied' } : {}),
          requestParameters: e.requestParameters ?? null,
          responseElements: e.responseElements ?? null,
          eventID: e.id,
        }),
      })),
      ...(more ? { NextToken: Buffer.from(`page:${offset + max}:${attr?.AttributeValue}`).toString('base64') } : {}),
    });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, Buffer.concat(chunks).toString(), res));
  });
  return { ...(await listenOnLoopback(server)), requests, add };
}
