// A minimal but valid OLE compound file (the container of old .xls workbooks and of
// password-protected Office files), holding empty streams with the given names.

const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NONE = 0xffffffff;

function dirEntry(name: string, type: number, child = NONE, right = NONE): Buffer {
  const e = Buffer.alloc(128);
  e.write(name, 0, "utf16le");
  e.writeUInt16LE((name.length + 1) * 2, 64);
  e.writeUInt8(type, 66);
  e.writeUInt8(1, 67); // black
  e.writeUInt32LE(NONE, 68);
  e.writeUInt32LE(right, 72);
  e.writeUInt32LE(child, 76);
  e.writeUInt32LE(END, 116);
  return e;
}

/** "Workbook" makes an old .xls; "EncryptionInfo" + "EncryptedPackage" a password-protected .xlsx. */
export function oleFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version (512-byte sectors)
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END, 60); // first mini FAT sector
  header.writeUInt32LE(END, 68); // first DIFAT sector
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4);
  const entries = [dirEntry("Root Entry", 5, streams.length ? 1 : NONE)];
  streams.forEach((s, i) => entries.push(dirEntry(s, 2, NONE, i + 2 <= streams.length ? i + 2 : NONE)));
  while (entries.length % 4) entries.push(Buffer.alloc(128));
  return Buffer.concat([header, fat, ...entries]);
}
