import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';

/**
 * The serif used in generated PDFs: Tinos, metrically compatible with Times New Roman (what the
 * decree's documents are typed in), with every Vietnamese letter. It comes from the npm package
 * @fontsource/tinos 4.5.9, whose "all" files hold every subset in one font (later versions ship
 * per-subset files only). Licence: see FONTS.md beside this file.
 *
 * DOCX files name "Times New Roman" instead, which every Word installation has; the widths
 * measured here are the same for both fonts, so rules drawn to a text's length fit in both.
 */
export const FONT_STYLES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

const FILES: Record<FontStyle, string> = {
  regular: 'tinos-all-400-normal.woff',
  bold: 'tinos-all-700-normal.woff',
  italic: 'tinos-all-400-italic.woff',
  boldItalic: 'tinos-all-700-italic.woff',
};

const require = createRequire(import.meta.url);
const cache = new Map<FontStyle, Buffer>();

/**
 * The font as a plain TrueType file, for pdfkit to embed a subset of. The package ships WOFF,
 * whose tables are zlib-compressed: fontkit would inflate them in JavaScript on every glyph
 * lookup (seconds per document), so they are inflated once here, with Node's zlib.
 */
export function fontBytes(style: FontStyle): Buffer {
  let b = cache.get(style);
  if (!b) {
    b = woffToSfnt(readFileSync(require.resolve(`@fontsource/tinos/files/${FILES[style]}`)));
    cache.set(style, b);
  }
  return b;
}

/** WOFF 1.0 → the sfnt (TrueType/OpenType) font it wraps: same tables, same order, uncompressed. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const offset = woff.readUInt32BE(e + 4);
    const compLength = woff.readUInt32BE(e + 8);
    const origLength = woff.readUInt32BE(e + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error('corrupt WOFF table');
    tables.push({ tag: woff.readUInt32BE(e), checksum: woff.readUInt32BE(e + 16), data });
  }
  const pow2 = 2 ** Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(pow2 * 16, 6);
  header.writeUInt16BE(Math.log2(pow2), 8);
  header.writeUInt16BE(numTables * 16 - pow2 * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const r = 12 + i * 16;
    header.writeUInt32BE(t.tag, r);
    header.writeUInt32BE(t.checksum, r + 4);
    header.writeUInt32BE(offset, r + 8);
    header.writeUInt32BE(t.data.length, r + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

const faces = new Map<FontStyle, fontkit.Font>();

function face(style: FontStyle): fontkit.Font {
  let f = faces.get(style);
  if (!f) {
    f = fontkit.create(fontBytes(style)) as fontkit.Font;
    faces.set(style, f);
  }
  return f;
}

/** Width of a single line of text in points. */
export function textWidth(text: string, style: FontStyle, sizePt: number): number {
  const f = face(style);
  return (f.layout(text).advanceWidth / f.unitsPerEm) * sizePt;
}

/** Characters of `text` the font has no glyph for (empty when all of it can be shown). */
export function missingGlyphs(text: string, style: FontStyle = 'regular'): string[] {
  const f = face(style);
  return [...new Set(text)].filter((c) => /\S/.test(c) && !f.hasGlyphForCodePoint(c.codePointAt(0)!));
}
