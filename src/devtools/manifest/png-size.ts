/**
 * Reads a PNG's width and height from its IHDR chunk (the first chunk, at a fixed place),
 * so the manifest checks can tell an icon is the size Teams and Outlook ask for.
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(file: Uint8Array): { width: number; height: number } {
  const buf = Buffer.from(file);
  if (buf.length < 24 || SIGNATURE.some((b, i) => buf[i] !== b) || buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
