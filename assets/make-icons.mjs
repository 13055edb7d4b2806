// Draws the add-in's ribbon and store icons as PNG files (run: node assets/make-icons.mjs).
// Shapes are signed-distance functions sampled 4×4 per pixel, so edges stay smooth at 16 px.
import { Buffer } from "node:buffer";
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Distance helpers in unit coordinates (0..1).
const roundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const cy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(cx, cy) - r + Math.min(0, Math.max(x0 + r - x, x - (x1 - r), y0 + r - y, y - (y1 - r)));
};
const segment = (x, y, ax, ay, bx, by, w) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - w;
};

const GREEN = [16, 124, 65]; // Excel's green
const BLUE = [24, 90, 189];
const WHITE = [255, 255, 255];

// Each layer: colour and a distance function; later layers paint over earlier ones.
const DESIGNS = {
  // A sheet with rows and a check mark: the add-in.
  icon: [
    [GREEN, (x, y) => roundRect(x, y, 0.06, 0.06, 0.94, 0.94, 0.14)],
    [
      WHITE,
      (x, y) =>
        Math.min(segment(x, y, 0.22, 0.3, 0.6, 0.3, 0.045), segment(x, y, 0.22, 0.5, 0.5, 0.5, 0.045)),
    ],
    [
      WHITE,
      (x, y) =>
        Math.min(segment(x, y, 0.5, 0.68, 0.62, 0.8, 0.06), segment(x, y, 0.62, 0.8, 0.82, 0.52, 0.06)),
    ],
  ],
  // A check mark: check the sheet.
  check: [
    [GREEN, (x, y) => roundRect(x, y, 0.06, 0.06, 0.94, 0.94, 0.14)],
    [
      WHITE,
      (x, y) =>
        Math.min(segment(x, y, 0.24, 0.52, 0.43, 0.71, 0.08), segment(x, y, 0.43, 0.71, 0.77, 0.3, 0.08)),
    ],
  ],
  // A stacked bar chart: the summary sheets.
  summary: [
    [BLUE, (x, y) => roundRect(x, y, 0.06, 0.06, 0.94, 0.94, 0.14)],
    [WHITE, (x, y) => roundRect(x, y, 0.2, 0.5, 0.34, 0.8, 0.02)],
    [WHITE, (x, y) => roundRect(x, y, 0.43, 0.22, 0.57, 0.8, 0.02)],
    [WHITE, (x, y) => roundRect(x, y, 0.66, 0.38, 0.8, 0.8, 0.02)],
  ],
};

function draw(layers, size) {
  const out = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let col = null;
          for (const [c, d] of layers) if (d(x, y) <= 0) col = c;
          if (col) {
            r += col[0];
            g += col[1];
            b += col[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((255 * a) / (S * S));
    }
  }
  return out;
}

for (const [name, layers] of Object.entries(DESIGNS)) {
  const sizes = name === "icon" ? [16, 32, 64, 80, 128] : [16, 32, 80];
  for (const size of sizes) writeFileSync(join(HERE, `${name}-${size}.png`), png(size, draw(layers, size)));
}
