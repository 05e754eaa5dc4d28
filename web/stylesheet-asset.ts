import { createHash } from 'node:crypto';
import { STYLESHEET } from './styles.ts';

/**
 * The stylesheet under a name that changes with its content, so browsers and CloudFront may keep it for a year:
 * a new stylesheet is a new name. The app serves it locally; in AWS a CloudFront behaviour serves it from S3.
 */
export const STYLESHEET_ASSET = {
  path: `/assets/styles.${createHash('sha256').update(STYLESHEET).digest('hex').slice(0, 12)}.css`,
  body: STYLESHEET,
  contentType: 'text/css; charset=utf-8',
  cacheControl: 'public, max-age=31536000, immutable',
} as const;
