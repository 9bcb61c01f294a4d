import busboy from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import {
  DocumentRefused,
  safeFileName,
  type DocumentOwner,
  type FileType,
  type DocumentStore,
  type StoredDocument,
} from '@khen/projections';
import { problem, type ProblemException } from '../problem/problem.exception';
import { fieldRefused } from '../problem/validation-messages';

const HEX64 = /^[a-f0-9]{64}$/;

/** A store refusal in the catalogue's words, naming the file (and the limit, when it is one). */
export function refusalOf(err: unknown, fileName: string | undefined): unknown {
  if (!(err instanceof DocumentRefused)) return err;
  const r = err.refusal;
  switch (r.reason) {
    case 'EMPTY':
      return problem('EMPTY_DOCUMENT', { fileName: err.fileName });
    case 'TOO_LARGE':
      return problem('DOCUMENT_TOO_LARGE', { fileName: err.fileName ?? fileName, maxBytes: r.maxBytes });
    case 'TYPE':
      return problem('DOCUMENT_TYPE_REFUSED', { fileName: err.fileName, kind: r.kind });
    case 'HASH_MISMATCH':
      return problem('DOCUMENT_HASH_MISMATCH', { fileName: err.fileName, declared: r.declared, actual: r.actual });
  }
}

/** A narrower set of types than the store takes (a citizen's evidence: PDF, JPEG, PNG), and its refusal. */
export interface AcceptedTypes {
  types: readonly FileType[];
  refused: (fileName: string) => ProblemException;
}

/**
 * One file from a multipart/form-data request (field `file`; an optional field `sha256` before or after
 * it), streamed into the store as it arrives (busboy: the parser Nest's multer uses, without multer's
 * buffering or disk). Nothing is committed until the whole form has arrived: a form cut off after the
 * file, a second file, or a declared hash that differs all leave nothing stored.
 */
export function receiveUpload(
  req: Request,
  store: DocumentStore,
  owner: DocumentOwner,
  maxBytes: number,
  only?: AcceptedTypes,
): Promise<StoredDocument> {
  if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) throw problem('UPLOAD_NOT_MULTIPART');
  let form: busboy.Busboy;
  try {
    form = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { files: 1, fields: 4, fieldSize: 1024, parts: 6, headerPairs: 20 },
    });
  } catch {
    throw problem('UPLOAD_NOT_MULTIPART');
  }
  return new Promise<StoredDocument>((resolve, reject) => {
    let declared: string | undefined;
    let file: Readable | undefined;
    let fileName: string | undefined;
    let put: Promise<StoredDocument> | undefined;
    let formRefusal: ProblemException | undefined;
    let done = false;
    let streamCut = false;
    let formEnded!: () => void;
    let formFailed!: (e: Error) => void;
    const formClosed = new Promise<void>((ok, fail) => {
      formEnded = ok;
      formFailed = fail;
    });
    formClosed.catch(() => undefined);

    const finish = (err: unknown, stored?: StoredDocument) => {
      if (done) return;
      done = true;
      req.unpipe(form);
      // What is left of a refused upload is read and dropped, so that the answer reaches the client.
      if (!req.complete) req.resume();
      if (err) reject(err);
      else resolve(stored!);
    };
    const cutOff = () => {
      const err = problem('UPLOAD_TRUNCATED', { fileName });
      formFailed(err);
      file?.destroy(err);
      if (!put) finish(err);
    };

    form.on('field', (name, value) => {
      if (name !== 'sha256') return;
      declared = value.trim().toLowerCase();
      if (!HEX64.test(declared))
        formRefusal ??= fieldRefused('sha256', 'phải là mã SHA-256 (64 ký tự hex)', 'must be 64 hex characters');
    });
    form.on('filesLimit', () => (formRefusal ??= problem('UPLOAD_ONE_FILE')));
    form.on('file', (name, stream, info) => {
      if (name !== 'file' || put) {
        // Read and dropped; a form cut off inside it fails this stream too, which must not go unheard.
        stream.on('error', () => undefined);
        stream.resume();
        return;
      }
      file = stream;
      fileName = safeFileName(info.filename);
      // busboy fails the file's stream when the form ends before the file does: a cut-off upload.
      stream.on('error', (e) => (streamCut ||= !(e instanceof DocumentRefused)));
      put = store.put(stream, {
        fileName: info.filename ?? '',
        owner,
        maxBytes,
        beforeCommit: async (s) => {
          await formClosed;
          if (formRefusal) throw formRefusal;
          if (only && !only.types.includes(s.type)) throw only.refused(s.fileName);
          if (declared && declared !== s.sha256)
            throw new DocumentRefused({ reason: 'HASH_MISMATCH', declared, actual: s.sha256 }, s.fileName);
        },
      });
      put.then(
        (stored) => finish(undefined, stored),
        (err) =>
          finish(
            streamCut
              ? problem('UPLOAD_TRUNCATED', { fileName })
              : only && err instanceof DocumentRefused && err.refusal.reason === 'TYPE'
                ? only.refused(err.fileName)
                : refusalOf(err, fileName),
          ),
      );
    });
    form.on('close', () => {
      formEnded();
      if (!put) finish(formRefusal ?? problem('UPLOAD_NO_FILE'));
    });
    form.on('error', cutOff);
    req.on('close', () => {
      if (!req.complete) cutOff();
    });
    req.pipe(form);
  });
}
