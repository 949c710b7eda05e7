// Whether a compound document (the container of old Word, Excel and installer files) is a Word
// document: one whose directory holds a stream named `WordDocument` (MS-CFB, MS-DOC). Read from
// the staged file a sector at a time, never whole, so that memory does not grow with the upload:
// the header, the FAT sectors the directory's chain needs, and the directory's own sectors.
import { type FileHandle, open } from 'node:fs/promises';

const SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const HEADER_BYTES = 512;
const HEADER_DIFAT_ENTRIES = 109;
const END_OF_CHAIN = 0xfffffffe;
const ENTRY_BYTES = 128;
const STREAM = 2;
/** Sectors followed in one chain at most: a cycle or a forged chain ends here, not in a loop. */
const MOST_SECTORS = 4096;
/** DIFAT sectors read at most: enough for the FAT of a file far larger than an upload may be. */
const MOST_DIFAT_SECTORS = 64;
/** A WordDocument stream shorter than this holds no File Information Block: not a Word file. */
const LEAST_WORD_STREAM_BYTES = 32;
const WORD_STREAM = 'WordDocument';

export async function isWordDocument(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    return await hasWordStream(handle);
  } finally {
    await handle.close();
  }
}

async function hasWordStream(handle: FileHandle): Promise<boolean> {
  const header = await readAt(handle, 0, HEADER_BYTES);
  if (header === undefined || !header.subarray(0, 8).equals(SIGNATURE)) return false;
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return false;
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const sector = (n: number) => readAt(handle, (n + 1) * sectorSize, sectorSize);

  // Where the FAT's sectors are: the header's 109, then the DIFAT sectors' chain, no longer
  // than the header says it is (and than a file of MAX_FILE_BYTES could need).
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) fatSectors.push(header.readUInt32LE(0x4c + i * 4));
  let difat = header.readUInt32LE(0x44);
  const difatSectors = Math.min(header.readUInt32LE(0x48), MOST_DIFAT_SECTORS);
  for (let seen = 0; difat < END_OF_CHAIN && seen < difatSectors; seen++) {
    const entries = await sector(difat);
    if (entries === undefined) return false;
    for (let i = 0; i < perSector - 1; i++) fatSectors.push(entries.readUInt32LE(i * 4));
    difat = entries.readUInt32LE((perSector - 1) * 4);
  }
  const next = async (n: number): Promise<number | undefined> => {
    const fatSector = fatSectors[Math.floor(n / perSector)];
    if (fatSector === undefined || fatSector >= END_OF_CHAIN) return undefined;
    const entries = await sector(fatSector);
    return entries?.readUInt32LE((n % perSector) * 4);
  };

  let current: number | undefined = header.readUInt32LE(0x30);
  for (let seen = 0; current !== undefined && current < END_OF_CHAIN && seen < MOST_SECTORS; seen++) {
    const entries = await sector(current);
    if (entries === undefined) return false;
    for (let offset = 0; offset + ENTRY_BYTES <= entries.length; offset += ENTRY_BYTES) {
      const nameBytes = entries.readUInt16LE(offset + 0x40);
      if (entries[offset + 0x42] !== STREAM || nameBytes < 2 || nameBytes > 64) continue;
      if (entries.toString('utf16le', offset, offset + nameBytes - 2) !== WORD_STREAM) continue;
      return entries.readUInt32LE(offset + 0x78) >= LEAST_WORD_STREAM_BYTES;
    }
    current = await next(current);
  }
  return false;
}

/** `length` bytes at `position`, or undefined when the file ends before them. */
async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer | undefined> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return bytesRead === length ? buffer : undefined;
}
