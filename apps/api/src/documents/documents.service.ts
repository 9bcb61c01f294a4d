import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { canReadCase, type Actor } from '@khen/domain';
import { loadDocumentLimits, PostgresDocumentStore, type DocumentInfo, type DocumentStore } from '@khen/projections';
import { problem } from '../problem/problem.exception';
import { FileLinks } from './file-links';
import { receiveUpload, type AcceptedTypes } from './multipart-upload';

/** A citizen's evidence: at most 5 MB a file (or the dossier limit, if lower), PDF, JPEG or PNG. */
export const EVIDENCE_MAX_BYTES = 5 * 1048576;
const EVIDENCE_TYPES: AcceptedTypes = {
  types: ['PDF', 'JPEG', 'PNG'],
  refused: (fileName) => problem('EVIDENCE_TYPE_REFUSED', { fileName }),
};

/** The store's owner of the evidence uploaded for one case's objections: nobody signed in owns it. */
export const evidenceOwner = (nominationId: string) => `public-evidence:${nominationId}`;

/** Whose upload a file becomes: the unit an officer files for, the authority that signs, the office's council. */
export function ownerOf(a: Actor): string | undefined {
  switch (a.role) {
    case 'UNIT_OFFICER':
      return a.unitId;
    case 'AUTHORITY':
      return a.authorityId;
    case 'TDKT_OFFICE':
      return a.councilId;
    default:
      return undefined;
  }
}

export interface OpenFile {
  info: DocumentInfo;
  content: Readable;
}

/**
 * Dossier files (docs/architecture.md, "Dossier files"): uploads into the document store, and reads for those
 * who may read them: the unit (authority, council) that uploaded a file, and whoever may read a case that
 * lists it, by the same rule as the case (canReadCase). Anyone else is told "not found", as for a case.
 */
@Injectable()
export class DocumentsService {
  readonly store: DocumentStore;
  readonly limits = loadDocumentLimits();
  private readonly links = new FileLinks();

  constructor(private readonly db: DataSource) {
    this.store = new PostgresDocumentStore(db);
  }

  upload(req: Request, a: Actor) {
    const ownerId = ownerOf(a);
    if (!ownerId) throw problem('DOCUMENT_NOT_FOUND');
    return receiveUpload(req, this.store, { ownerId, userId: a.userId }, this.limits.maxFileBytes);
  }

  /** A citizen's evidence file for an objection to this case (the caller checked the case is open to them). */
  uploadEvidence(req: Request, nominationId: string) {
    return receiveUpload(
      req,
      this.store,
      { ownerId: evidenceOwner(nominationId), userId: 'public' },
      Math.min(EVIDENCE_MAX_BYTES, this.limits.maxFileBytes),
      EVIDENCE_TYPES,
    );
  }

  /** Of these hashes, the files uploaded as evidence for this case. */
  evidenceOf(nominationId: string, hashes: string[]) {
    return this.store.uploadsOf(evidenceOwner(nominationId), hashes);
  }

  /** Opened with a bearer token (API clients). */
  async open(sha256: string, a: Actor): Promise<OpenFile> {
    await this.readable(sha256, a);
    return this.read(sha256);
  }

  /** A link that opens the file without a bearer header, for 5 minutes, issued to a reader who may read it. */
  async link(sha256: string, a: Actor, nominationId?: string) {
    const info = await this.readable(sha256, a, nominationId);
    return {
      ...this.links.issue({ sha256, reader: a.userId, caseId: nominationId ?? '' }),
      fileName: info.fileName,
      mediaType: info.mediaType,
      size: info.size,
    };
  }

  /** Opened by a signed link: the signature stands for the check made when it was issued. */
  async openLink(sha256: string, query: Record<string, unknown>): Promise<OpenFile> {
    this.links.verify(sha256, query);
    return this.read(sha256);
  }

  /** The public's one file of a case: the signed decision of an award. */
  async publicDecision(nominationId: string): Promise<OpenFile> {
    const [row] = (await this.db.query(
      `SELECT state->'decision'->'signedDocument'->>'sha256' AS sha256 FROM nominations
       WHERE nomination_id = $1 AND outcome = 'AWARDED'`,
      [nominationId],
    )) as { sha256: string | null }[];
    if (!row?.sha256) throw problem('DOCUMENT_NOT_FOUND');
    return this.read(row.sha256);
  }

  private async read(sha256: string): Promise<OpenFile> {
    const file = await this.store.get(sha256);
    if (!file) throw problem('DOCUMENT_NOT_FOUND');
    return file;
  }

  private async readable(sha256: string, a: Actor, nominationId?: string): Promise<DocumentInfo> {
    const info = await this.store.describe(sha256);
    const ownerId = ownerOf(a);
    if (info && ownerId && (await this.store.uploadsOf(ownerId, [sha256])).length) return info;
    if (info && (await this.listedInReadableCase(a, sha256, nominationId))) return info;
    throw problem('DOCUMENT_NOT_FOUND');
  }

  private async listedInReadableCase(a: Actor, sha256: string, nominationId?: string): Promise<boolean> {
    const cases = (await this.db.query(
      `SELECT unit_id AS "unitId", council_id AS "councilId", authority_id AS "authorityId",
              NOT coalesce(state->'documents' @> $1::jsonb OR state->'decision'->'signedDocument'->>'sha256' = $2, false)
                AS "evidenceOnly"
         FROM nominations
       WHERE (state->'documents' @> $1::jsonb OR state->'decision'->'signedDocument'->>'sha256' = $2
              OR state->'objections' @> $4::jsonb)
         AND ($3::text IS NULL OR nomination_id = $3::text) LIMIT 50`,
      [JSON.stringify([{ sha256 }]), sha256, nominationId ?? null, JSON.stringify([{ evidence: [{ sha256 }] }])],
    )) as { unitId: string; councilId: string; authorityId: string; evidenceOnly: boolean }[];
    // A citizen's evidence is for those who handle the objection, not for the unit whose nominee it is about.
    return cases.some((c) => canReadCase(a, c) && !(c.evidenceOnly && a.role === 'UNIT_OFFICER'));
  }
}
