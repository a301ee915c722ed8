import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A ZIP archive of a few files (the container of XLSX and other OOXML parts), deflated by Node's
 * native zlib: a month's export is megabytes of XML, which a JavaScript deflate takes seconds to
 * compress and zlib milliseconds. Names are UTF-8; no ZIP64 (parts stay far below 4 GiB).
 */
export function zipFiles(files: Record<string, string | Uint8Array>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const packed = deflateRawSync(data, { level: 1 });
    const nameBytes = Buffer.from(name, 'utf8');
    if (data.length > 0xffff_fffe || offset > 0xffff_fffe) throw new RangeError(`zip: ${name} is too large for a ZIP without ZIP64`);
    const entry = { crc: crc32(data), packed: packed.length, size: data.length, name: nameBytes.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntry(local, 4, entry);
    locals.push(local, nameBytes, packed);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4); // made by: version 2.0
    writeEntry(dir, 6, entry);
    dir.writeUInt32LE(offset, 42); // comment length, disk, attributes stay 0
    central.push(dir, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The fields local headers and directory entries share, from "version needed" to "extra length"
 * (also core/kernel/zip-stream.ts, whose flags add "sizes in the data descriptor").
 */
export function writeEntry(b: Buffer, at: number, e: { crc: number; packed: number; size: number; name: number }, flags = 0x0800): void {
  b.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  b.writeUInt16LE(flags, at + 2); // bit 11: names are UTF-8
  b.writeUInt16LE(8, at + 4); // method: deflate
  b.writeUInt16LE(0, at + 6); // time 00:00
  b.writeUInt16LE(0x21, at + 8); // date 1980-01-01
  b.writeUInt32LE(e.crc, at + 10);
  b.writeUInt32LE(e.packed, at + 14);
  b.writeUInt32LE(e.size, at + 18);
  b.writeUInt16LE(e.name, at + 22);
}
