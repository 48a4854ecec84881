import type { Rule } from '../types.js';

// aws-presigned-url: https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
// gcs-signed-url: https://cloud.google.com/storage/docs/access-control/signed-urls
export const rules: Rule[] = [
  {
    id: 'aws-presigned-url',
    description: 'AWS S3 (SigV4) presigned URL: grants the signed request to anyone until it expires',
    severity: 'medium',
    regex: /[?&]X-Amz-Signature=([a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['x-amz-signature='],
    entropy: 3,
    tags: ['presigned-url', 'aws', 'presigned-url'],
  },
  {
    id: 'gcs-signed-url',
    description: 'Google Cloud Storage V4 signed URL: grants the signed request to anyone until it expires',
    severity: 'medium',
    regex: /[?&]X-Goog-Signature=([a-f0-9]{256,1024})(?:[^A-Za-z0-9]|$)/,
    keywords: ['x-goog-signature='],
    entropy: 3,
    tags: ['presigned-url', 'google', 'presigned-url'],
  },
];
