import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text of a PDF as poppler's pdftotext reads it (Debian poppler-utils; the test scripts install it). */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'khen-pdf-'));
  try {
    const file = join(dir, 'draft.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What pdfinfo says of a PDF: its pages and its fonts (each must be embedded). */
export function pdfFacts(pdf: Buffer): { pages: number; fonts: { name: string; embedded: boolean }[] } {
  const dir = mkdtempSync(join(tmpdir(), 'khen-pdf-'));
  try {
    const file = join(dir, 'draft.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => ({ name: l.split(/\s+/)[0], embedded: /\byes\b/.test(l.slice(50, 70)) || / yes /.test(l) }));
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), fonts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A page of a PDF as a PNG (pdftoppm), for a person to look at. */
export function pdfToPng(pdf: Buffer, outPrefix: string, page = 1): void {
  const dir = mkdtempSync(join(tmpdir(), 'khen-pdf-'));
  try {
    const file = join(dir, 'draft.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      outPrefix,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text with its line breaks and repeated spaces folded, so that a wrapped sentence still matches. */
export const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
