import { crc32, inflateRawSync } from 'node:zlib';

/** The files of a ZIP archive as text (UTF-8), as `readZipBytes` reads them. */
export function readZip(archive: Buffer): Map<string, string> {
  return new Map([...readZipBytes(archive)].map(([name, data]) => [name, data.toString('utf8')]));
}

/**
 * The files of a ZIP archive, read the way unzip tools do: from the end-of-central-directory record through the
 * central directory to each local header, each entry inflated and its CRC-32 and size checked against the directory.
 */
export function readZipBytes(archive: Buffer): Map<string, Buffer> {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('no end of central directory');
  const count = archive.readUInt16LE(endAt + 10);
  let at = archive.readUInt32LE(endAt + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`no central directory header at ${at}`);
    const method = archive.readUInt16LE(at + 10);
    const checksum = archive.readUInt32LE(at + 16);
    const packedSize = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localAt = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (archive.readUInt32LE(localAt) !== 0x04034b50) throw new Error(`no local header for ${name}`);
    const dataAt = localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28);
    const packed = archive.subarray(dataAt, dataAt + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : packed;
    if (data.length !== size || crc32(data) !== checksum) throw new Error(`${name} is damaged`);
    files.set(name, Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
