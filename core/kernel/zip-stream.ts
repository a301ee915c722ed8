import { crc32, createDeflateRaw } from 'node:zlib';
import { writeEntry } from './zip.js';

/**
 * A ZIP archive written as it is produced: each entry's content arrives in pieces, is deflated by
 * Node's zlib as it comes (level 1, as core/kernel/zip.ts) and followed by a data descriptor with
 * its CRC and sizes, so neither the content nor the archive is ever whole in memory. Names are
 * UTF-8; no ZIP64 (a month's export is megabytes, far below 4 GiB).
 */
export interface StreamEntry {
  name: string;
  content: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

const FLAGS = 0x0808; // bit 3: sizes in the data descriptor; bit 11: names are UTF-8
const LIMIT = 0xffff_fffe;

export async function* zipStream(entries: Iterable<StreamEntry>): AsyncGenerator<Uint8Array> {
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = header(0x04034b50, 30, 4, { crc: 0, packed: 0, size: 0, name: name.length });
    yield local;
    yield name;
    const sum = { crc: 0, size: 0, packed: 0 };
    for await (const packed of deflated(entry.content(), sum)) {
      sum.packed += packed.length;
      yield packed;
    }
    if (sum.size > LIMIT || offset > LIMIT) throw new RangeError(`zip: ${entry.name} is too large for a ZIP without ZIP64`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(sum.crc, 4);
    descriptor.writeUInt32LE(sum.packed, 8);
    descriptor.writeUInt32LE(sum.size, 12);
    yield descriptor;
    const dir = header(0x02014b50, 46, 6, { ...sum, name: name.length });
    dir.writeUInt16LE(20, 4); // made by: version 2.0
    dir.writeUInt32LE(offset, 42); // comment length, disk, attributes stay 0
    central.push(dir, name);
    offset += local.length + name.length + sum.packed + descriptor.length;
    count++;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  yield directory;
  yield end;
}

/** The deflated pieces of `content`, as soon as zlib gives them; `sum` gets the CRC and size of the input. */
async function* deflated(content: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, sum: { crc: number; size: number }): AsyncGenerator<Buffer> {
  const z = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const ended = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  try {
    for await (const piece of content) {
      sum.crc = crc32(piece, sum.crc);
      sum.size += piece.length;
      await new Promise<void>((resolve, reject) => z.write(piece, (err) => (err ? reject(err) : resolve())));
      yield* out.splice(0);
    }
    z.end();
    await ended;
    yield* out.splice(0);
  } finally {
    z.destroy();
  }
}

/** A local header or a directory entry: signature, then from "version needed" to "extra length" at `at`. */
function header(signature: number, length: number, at: number, e: { crc: number; packed: number; size: number; name: number }): Buffer {
  const b = Buffer.alloc(length);
  b.writeUInt32LE(signature, 0);
  writeEntry(b, at, e, FLAGS);
  return b;
}
