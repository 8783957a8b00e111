// Draws Bitext's toolbar and store icons (public/icon/{16,32,48,128}.png) without any image
// library: two columns of text lines, one per language, in a rounded square.
// Usage: node scripts/make-icons.mjs   (re-run after changing the drawing; the PNGs are committed)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { ROOT } from './browser.mjs';

const SIZES = [16, 32, 48, 128];
const BLUE = [31, 95, 168];
const WHITE = [255, 255, 255];
const AMBER = [245, 190, 80];
// Each pixel is the average of SS×SS samples, so edges are smooth at 16 px too.
const SS = 4;

/** The colour of point (x, y) in the unit square, or null outside the icon. */
function paint(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // Three lines per column: left (white) and right (amber), like a page in two languages.
  for (const [left, colour] of [
    [0.18, WHITE],
    [0.56, AMBER],
  ]) {
    for (const top of [0.26, 0.45, 0.64]) {
      if (x >= left && x <= left + 0.26 && y >= top && y <= top + 0.1) return colour;
    }
  }
  return BLUE;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

/** An RGBA PNG of the icon at `size` px. */
function png(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const colour = paint((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (!colour) continue;
          for (let i = 0; i < 3; i++) sum[i] += colour[i] ?? 0;
          sum[3] += 1;
        }
      }
      const covered = sum[3] ?? 0;
      for (let i = 0; i < 3; i++) {
        row[1 + px * 4 + i] = covered ? Math.round((sum[i] ?? 0) / covered) : 0;
      }
      row[1 + px * 4 + 3] = Math.round((covered / (SS * SS)) * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = join(ROOT, 'public', 'icon');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(dir, `${size}.png`), png(size));
  console.log(`public/icon/${size}.png`);
}
