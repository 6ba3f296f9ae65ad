// Draws the app icons (a container crane over a rail line) from one SVG and writes them to
// client/public. Run `node client/scripts/generate-icons.mjs` after changing the artwork;
// the PNGs are committed, so the build does not need this script.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const BRAND = '#0b4f63';
const ACCENT = '#f5a623';
const LIGHT = '#e6f4f1';
const publicDir = fileURLToPath(new URL('../public/', import.meta.url));

// The artwork lives in a 512 box; `scale` shrinks it around the centre so the maskable
// icon keeps everything inside the 80 % safe circle.
function crane(scale) {
  const t = 256 * (1 - scale);
  return `<g transform="translate(${t} ${t}) scale(${scale})" fill="${LIGHT}" stroke="${LIGHT}">
    <path d="M300 110 L262 160 M300 110 L338 160" stroke-width="14" stroke-linecap="round" fill="none"/>
    <path d="M300 110 L96 160 M300 110 L424 160" stroke-width="6" fill="none"/>
    <rect x="84" y="152" width="352" height="26" rx="6" stroke="none"/>
    <rect x="392" y="178" width="40" height="34" rx="4" stroke="none"/>
    <rect x="268" y="178" width="22" height="214" stroke="none"/>
    <rect x="350" y="178" width="22" height="214" stroke="none"/>
    <path d="M279 250 L361 320 M361 250 L279 320" stroke-width="9" fill="none"/>
    <rect x="128" y="178" width="40" height="20" rx="3" stroke="none"/>
    <path d="M138 198 L138 262 M158 198 L158 262" stroke-width="5" fill="none"/>
    <g stroke="none"><rect x="88" y="262" width="120" height="64" rx="5" fill="${ACCENT}"/></g>
    <path d="M112 272 V316 M136 272 V316 M160 272 V316 M184 272 V316" stroke="${BRAND}" stroke-width="5" fill="none" opacity="0.55"/>
    <rect x="60" y="392" width="392" height="14" rx="7" stroke="none"/>
    <path d="M92 420 H420" stroke-width="8" stroke-dasharray="24 18" fill="none"/>
  </g>`;
}

function svg({ size = 512, scale = 1, rounded = true } = {}) {
  const r = rounded ? 96 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${r}" fill="${BRAND}"/>
  ${crane(scale)}
</svg>`;
}

async function png(source, size, file) {
  const buffer = await sharp(Buffer.from(source)).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
  if (file) await writeFile(publicDir + file, buffer);
  return buffer;
}

// An .ico may hold PNG images directly (Windows Vista and every current browser).
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

const any = svg({ scale: 0.9 });
const maskable = svg({ scale: 0.68, rounded: false });
// Small sizes: a full square reads better than a rounded one at 16–32 px.
const small = svg({ scale: 0.98, rounded: false });

await png(any, 192, 'icons/icon-192.png');
await png(any, 512, 'icons/icon-512.png');
await png(maskable, 512, 'icons/icon-maskable-512.png');
await png(svg({ scale: 0.8, rounded: false }), 180, 'icons/apple-touch-icon-180.png');
await writeFile(publicDir + 'favicon.svg', small);
const favicons = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(small, size) })));
await writeFile(publicDir + 'favicon.ico', ico(favicons));
console.log('icons written to', publicDir);
