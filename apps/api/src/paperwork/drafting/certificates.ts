import { createHash } from 'node:crypto';
import { rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import type { DraftModel } from './draft-model';
import { type Layout, MARGINS, MM } from './layout';
import { PdfWriter } from './pdf';

/**
 * The code printed on a certificate, from its case alone: anyone holding the certificate can have it
 * resolved (the public verification page), and the same case always prints the same code.
 */
export function certificateCode(nominationId: string): string {
  const hex = createHash('sha256').update(`khen-certificate:${nominationId}`).digest('hex').slice(0, 12).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}
/** The public web page that verifies a certificate's code (apps/web; it reads GET /api/public/certificates/{code}). */
export const verifyPath = (code: string) => `/xac-minh/${code}`;

export const CERTIFICATE_CODE = /^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/;

/**
 * The QR code of a URL, drawn as vectors (sharp at any print size): one path of the dark runs of each row,
 * a single drawing operation per page rather than one per module.
 */
function drawQr(w: PdfWriter, url: string, x: number, y: number, size: number) {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / n;
  const parts: string[] = [];
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      const from = c;
      while (c < n && qr.modules.get(r, c)) c++;
      // SVG coordinates: y grows downwards from the path's origin (the top left corner of the code).
      parts.push(
        `M${(from * cell).toFixed(2)} ${(r * cell).toFixed(2)}h${((c - from) * cell).toFixed(2)}v${cell.toFixed(2)}h${(-(c - from) * cell).toFixed(2)}z`,
      );
    }
  }
  const page = w.doc.getPages()[w.doc.getPageCount() - 1];
  page.drawSvgPath(parts.join(''), { x, y: y + size, color: rgb(0, 0, 0), borderWidth: 0 });
}

export interface CertificatePage {
  model: DraftModel;
  verifyUrl: string;
}

/** Every certificate of a decision in one PDF, one page each, each with its code and QR. */
export async function renderCertificates(layout: Layout, pages: CertificatePage[], title: string): Promise<Buffer> {
  const w = await PdfWriter.create(title);
  for (const p of pages) {
    w.newPage(true, false);
    w.render(layout, p.model);
    drawQr(w, p.verifyUrl, MARGINS.left, MARGINS.bottom, 28 * MM);
  }
  return Buffer.from(await w.save());
}
