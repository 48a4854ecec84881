import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// influxdb-api-token: https://docs.influxdata.com/influxdb/v2/admin/tokens/
export const rules: Rule[] = [
  {
    id: 'influxdb-api-token',
    description: 'InfluxDB v2/Cloud API token (86 characters and `==`) assigned to an Influx token setting',
    severity: 'high',
    regex: assignedTo(String.raw`influx(?:db)?[\w.-]{0,20}?token`, '[A-Za-z0-9_-]{86}==', '(?:[^A-Za-z0-9=]|$)'),
    keywords: ['influx'],
    entropy: 3,
    tags: ['influxdb', 'database', 'api-key'],
  },
];
