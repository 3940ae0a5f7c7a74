#!/usr/bin/env node
/**
 * Writes the add-in's icons to assets/ as real PNGs, using only Node's zlib: no image library, no network.
 * Deterministic: the same script always writes the same bytes, so the PNGs are committed beside it.
 *
 *   icon-<size>.png    a rounded square in union red (#C8102E) with a white bar chart (add-in and "打开助手")
 *   report-<size>.png  the same square with a white report page ("一键生成报告草稿")
 *
 * Shapes are drawn on a 16×16 design grid; every size is a multiple of 16, so edges fall on whole pixels.
 * Only the rounded corners are anti-aliased (by supersampling). Run: node scripts/make-icons.js
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const RED = [0xc8, 0x10, 0x2e];
const WHITE = [0xff, 0xff, 0xff];
const CORNER = 3; // corner radius, in 1/16ths of the icon

/** Rectangles [x0, y0, x1, y1] on the 16×16 grid, white on red. */
const BAR_CHART = [
  [4, 8, 6, 12], // short bar
  [7, 4, 9, 12], // tall bar
  [10, 6, 12, 12], // middle bar
  [3, 12, 13, 13], // baseline
];
/** A page with a folded-off corner is more than 16 px can show: a white page with three red lines. */
const REPORT_PAGE = [[4, 2, 12, 14]];
const REPORT_LINES = [
  [6, 5, 10, 6],
  [6, 8, 10, 9],
  [6, 11, 9, 12],
];

function inRects(rects, x, y) {
  return rects.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
}

function inRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, CORNER), 16 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 16 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER * CORNER;
}

/** The colour at a point of the 16×16 grid, or null outside the icon. */
const GLYPHS = {
  icon: (x, y) => (!inRoundedSquare(x, y) ? null : inRects(BAR_CHART, x, y) ? WHITE : RED),
  report: (x, y) =>
    !inRoundedSquare(x, y)
      ? null
      : inRects(REPORT_LINES, x, y)
        ? RED
        : inRects(REPORT_PAGE, x, y)
          ? WHITE
          : RED,
};

/** RGBA pixels, supersampled n×n per pixel; colour is averaged over covered samples (straight alpha). */
function render(glyph, size, n = 8) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 16 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = glyph((px + (sx + 0.5) / n) * scale, (py + (sy + 0.5) / n) * scale);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            covered++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
        pixels[i + 3] = Math.round((255 * covered) / (n * n));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA, non-interlaced PNG; each scanline uses filter 0 (none). */
function encodePng(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const OUTPUTS = [
  ...[16, 32, 64, 80, 128].map((size) => ({ name: `icon-${size}.png`, glyph: GLYPHS.icon, size })),
  ...[16, 32, 80].map((size) => ({ name: `report-${size}.png`, glyph: GLYPHS.report, size })),
];

function main() {
  const dir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const { name, glyph, size } of OUTPUTS) {
    const png = encodePng(size, render(glyph, size));
    fs.writeFileSync(path.join(dir, name), png);
    console.log(`assets/${name}  ${size}×${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, GLYPHS, crc32 };
