import { readFileSync } from 'node:fs';

/** TCP state 0A in /proc/net/tcp{,6}: listening. */
const LISTEN = '0A';

/**
 * The addresses the machine's TCP sockets listen on for `port`, as the kernel reports them in /proc/net/tcp and
 * /proc/net/tcp6 (Linux): `127.0.0.1` for loopback (an IPv4-mapped IPv6 socket included), `0.0.0.0` or `::` for
 * every interface.
 */
export function listeningAddresses(port: number): string[] {
  const addresses: string[] = [];
  for (const [file, decode] of [
    ['/proc/net/tcp', ipv4],
    ['/proc/net/tcp6', ipv6],
  ] as const) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, hexPort] = local?.split(':') ?? [];
      if (state === LISTEN && address && Number.parseInt(hexPort ?? '', 16) === port)
        addresses.push(decode(address));
    }
  }
  return addresses;
}

/** The kernel writes each 32-bit word of an address in host order: little-endian bytes on the machines we run on. */
const wordBytes = (word: string) =>
  [6, 4, 2, 0].map((offset) => Number.parseInt(word.slice(offset, offset + 2), 16));

function ipv4(hex: string): string {
  return wordBytes(hex).join('.');
}

function ipv6(hex: string): string {
  const bytes = [0, 8, 16, 24].flatMap((offset) => wordBytes(hex.slice(offset, offset + 8)));
  const mapped = bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (mapped) return bytes.slice(12).join('.');
  if (bytes.every((byte) => byte === 0)) return '::';
  const groups = Array.from({ length: 8 }, (_, n) =>
    ((bytes[2 * n] ?? 0) * 256 + (bytes[2 * n + 1] ?? 0)).toString(16),
  );
  return groups.join(':');
}
