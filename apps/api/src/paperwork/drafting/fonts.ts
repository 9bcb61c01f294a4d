import fontkit from '@pdf-lib/fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The faces the PDFs embed: Liberation Serif 2 (Debian's fonts-liberation2), metric-compatible with Times New
 * Roman and covering Vietnamese; DejaVu Serif (fonts-dejavu-extra) where it is missing. Liberation 1
 * (fonts-liberation) lacks the precomposed Vietnamese letters (ộ, ủ, ữ…): a family is taken only if its
 * regular face has them. `KHEN_FONT_DIR` points elsewhere (a folder with the four LiberationSerif-*.ttf).
 */
export interface FontFiles {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
  boldItalic: Buffer;
  family: string;
}

const FAMILIES = [
  {
    dir: '/usr/share/fonts/truetype/liberation2',
    family: 'Liberation Serif',
    files: ['LiberationSerif-Regular', 'LiberationSerif-Bold', 'LiberationSerif-Italic', 'LiberationSerif-BoldItalic'],
  },
  {
    dir: '/usr/share/fonts/truetype/liberation',
    family: 'Liberation Serif',
    files: ['LiberationSerif-Regular', 'LiberationSerif-Bold', 'LiberationSerif-Italic', 'LiberationSerif-BoldItalic'],
  },
  {
    dir: '/usr/share/fonts/truetype/dejavu',
    family: 'DejaVu Serif',
    files: ['DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic', 'DejaVuSerif-BoldItalic'],
  },
];

/** Letters only Vietnamese uses: ộ ủ ữ ặ ỹ Đ. */
const VIETNAMESE = [0x1ed9, 0x1ee7, 0x1eef, 0x1eb7, 0x1ef9, 0x0110];
const coversVietnamese = (ttf: Buffer) => {
  const font = fontkit.create(ttf) as { hasGlyphForCodePoint(c: number): boolean };
  return VIETNAMESE.every((c) => font.hasGlyphForCodePoint(c));
};

let cached: FontFiles | undefined;

export function loadFonts(): FontFiles {
  if (cached) return cached;
  const candidates = process.env.KHEN_FONT_DIR
    ? [{ ...FAMILIES[0], dir: process.env.KHEN_FONT_DIR }, ...FAMILIES]
    : FAMILIES;
  for (const f of candidates) {
    const paths = f.files.map((n) => join(f.dir, `${n}.ttf`));
    if (paths.every((p) => existsSync(p)) && coversVietnamese(readFileSync(paths[0]))) {
      const [regular, bold, italic, boldItalic] = paths.map((p) => readFileSync(p));
      cached = { regular, bold, italic, boldItalic, family: f.family };
      return cached;
    }
  }
  throw new Error(
    'No Vietnamese serif font: install Debian fonts-liberation2 (or fonts-dejavu-extra), or set KHEN_FONT_DIR',
  );
}
