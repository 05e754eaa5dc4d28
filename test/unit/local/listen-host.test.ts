import { describe, expect, it } from 'vitest';
import { listenHost, reachableHost } from '#local/listen-host.ts';

describe('the address npm start listens on', () => {
  it('is loopback without HOST, and any loopback HOST passes without a warning', () => {
    expect(listenHost({})).toEqual({ host: '127.0.0.1' });
    expect(listenHost({ HOST: ' ' })).toEqual({ host: '127.0.0.1' });
    for (const host of ['127.0.0.1', '127.0.1.1', '::1', 'localhost'])
      expect(listenHost({ HOST: host })).toEqual({ host });
  });

  it('is any other HOST, with a warning that others can then reach the mailbox and the table', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
      const { host: listening, warning } = listenHost({ HOST: host });
      expect(listening).toBe(host);
      expect(warning).toContain(`HOST=${host} makes the local platform reachable from other machines`);
    }
  });

  it('is reached from this machine at loopback when it is a wildcard address', () => {
    expect(['0.0.0.0', '::', '192.168.1.20', '::1'].map(reachableHost)).toEqual([
      '127.0.0.1',
      '127.0.0.1',
      '192.168.1.20',
      '::1',
    ]);
  });
});
