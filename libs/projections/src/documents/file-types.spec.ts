import { safeFileName } from './document-store';
import { HEAD_BYTES, sniffHead, sniffZip } from './file-types';
import { makeDocx, makeXlsx, makeZip } from './testing/office-files';

const reader = (b: Buffer) => (offset: number, length: number) => Promise.resolve(b.subarray(offset, offset + length));
const zipVerdict = (b: Buffer) => sniffZip(b.length, reader(b));
const pad = (s: string | Buffer) =>
  Buffer.concat([Buffer.isBuffer(s) ? s : Buffer.from(s, 'latin1'), Buffer.alloc(HEAD_BYTES)]);

describe('file types told from the content', () => {
  it.each([
    ['%PDF-1.7\n', { type: 'PDF' }],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), { type: 'PNG' }],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0]), { type: 'JPEG' }],
    [Buffer.from([0x50, 0x4b, 0x03, 0x04]), { zip: true }],
    ['MZ\x90\x00', { refused: 'EXECUTABLE' }],
    ['\x7fELF\x02\x01', { refused: 'EXECUTABLE' }],
    [Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), { refused: 'EXECUTABLE' }],
    [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { refused: 'OLD_OFFICE' }],
    ['#!/bin/sh\nrm -rf /', { refused: 'SCRIPT' }],
    ['\xEF\xBB\xBF  <!DOCTYPE html><html>', { refused: 'SCRIPT' }],
    ['<svg xmlns="http://www.w3.org/2000/svg">', { refused: 'SCRIPT' }],
    ['Tờ trình, chỉ là văn bản', { refused: 'UNKNOWN' }],
  ])('judges a head starting %j', (head, verdict) => {
    expect(sniffHead(pad(head))).toEqual(verdict);
  });

  it('does not take the name for the content: an executable renamed .pdf is still an executable', () => {
    expect(sniffHead(pad('MZ this program cannot be run in DOS mode'))).toEqual({ refused: 'EXECUTABLE' });
  });

  it('tells DOCX and XLSX apart by their main part, and refuses macros and other zips', async () => {
    await expect(zipVerdict(makeDocx('Báo cáo'))).resolves.toEqual({ type: 'DOCX' });
    await expect(zipVerdict(makeXlsx())).resolves.toEqual({ type: 'XLSX' });
    await expect(zipVerdict(makeDocx('Báo cáo', { macro: true }))).resolves.toEqual({ refused: 'MACRO_OFFICE' });
    await expect(zipVerdict(makeZip([{ name: 'setup.exe', data: 'MZ' }]))).resolves.toEqual({ refused: 'ZIP' });
    // A DOCX's content types without its document part is not a document.
    const hollow = makeZip([{ name: '[Content_Types].xml', data: makeDocx('x').toString('latin1').slice(30, 300) }]);
    await expect(zipVerdict(hollow)).resolves.toEqual({ refused: 'ZIP' });
  });

  it('refuses a zip cut off before its directory', async () => {
    const docx = makeDocx('Báo cáo thành tích');
    await expect(zipVerdict(docx.subarray(0, docx.length - 30))).resolves.toEqual({ refused: 'ZIP' });
  });
});

describe('the file name kept for an upload', () => {
  it('keeps the Vietnamese name, drops folders and control or direction characters', () => {
    expect(safeFileName('C:\\Users\\lan\\Tờ trình đề nghị.pdf', 'PDF')).toBe('Tờ trình đề nghị.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('bao\u202ecod.exe\u0000.pdf', 'PDF')).toBe('baocod.exe.pdf');
    expect(safeFileName('   ', 'PNG')).toBe('tai-lieu.png');
  });

  it('gives a name the extension of the type its content has', () => {
    expect(safeFileName('bao-cao.exe', 'PDF')).toBe('bao-cao.exe.pdf');
    expect(safeFileName('anh.JPEG', 'JPEG')).toBe('anh.JPEG');
    expect(safeFileName('bang-tinh', 'XLSX')).toBe('bang-tinh.xlsx');
  });

  it('shortens a long name to 180 characters, keeping its extension', () => {
    const name = safeFileName(`${'a'.repeat(300)}.docx`, 'DOCX');
    expect(name).toHaveLength(180);
    expect(name.endsWith('.docx')).toBe(true);
  });
});
