import type { Refusal } from '../refusal';
export { formatMegabytes, formatMegabytesEn } from './file-size';
import type { RuleSet } from '../rules/rule-set';
import type { NominationCommand } from './nomination.commands';
import type { DocumentRef } from './nomination.events';
import { refuse } from './nomination.refusals';
import type { NominationState } from './nomination.state';

/** A file as the document store holds it for the one who uploaded it: what a dossier may refer to. */
/** The most evidence files a citizen attaches to one objection (the API checks it; the event keeps them). */
export const OBJECTION_MAX_EVIDENCE = 3;

export interface UploadedDocument {
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
}

/**
 * The uploads a command's documents are checked against, read by the API for the validator and again by
 * the workflow's activity: of the hashes asked for, those that `ownerId` (the case's unit, or its authority
 * for a signed decision) has uploaded, and the per-dossier size limit in force.
 */
export interface DocumentFacts {
  ownerId: string;
  uploaded: UploadedDocument[];
  maxDossierBytes: number;
}

/** The signed decision's document code (not a dossier document of the rules). */
export const SIGNED_DECISION_CODE = 'QUYET_DINH';

/** Later documents with the same code replace earlier ones (a supplement corrects the dossier). */
export function mergeDocuments(current: DocumentRef[], added: DocumentRef[]): DocumentRef[] {
  const byCode = new Map(current.map((d) => [d.code, d] as const));
  added.forEach((d) => byCode.set(d.code, d));
  return [...byCode.values()];
}

/** Whose uploads a command's documents must be, and which hashes to look up; undefined: it names none. */
export function documentsToCheck(
  state: NominationState,
  command: NominationCommand,
): { ownerId: string; hashes: string[] } | undefined {
  const hashes = (docs: DocumentRef[]) => [...new Set(docs.map((d) => d.sha256))];
  switch (command.type) {
    case 'SubmitDossier':
    case 'SupplementDossier':
      return { ownerId: state.unitId, hashes: hashes(mergeDocuments(state.documents, command.documents)) };
    case 'IssueDecision':
      return command.signedDocument && state.council
        ? { ownerId: state.council.authorityId, hashes: [command.signedDocument.sha256] }
        : undefined;
    default:
      return undefined;
  }
}

const MEDIA_PDF = 'application/pdf';

/** How people know a document: its type's Vietnamese name, and the unit's own title when it says more. */
export function documentName(d: DocumentRef, ruleSet: RuleSet | undefined): { vi: string; en: string } {
  const type = ruleSet?.documentTypes?.[d.code];
  const title = d.title?.trim();
  const extra = (name: string) => (title && title !== name && title !== d.code ? ` («${title}»)` : '');
  if (!type) return { vi: `«${title || 'Tài liệu'}»`, en: `"${title || 'Document'}"` };
  return { vi: `«${type.nameVi}»${extra(type.nameVi)}`, en: `"${type.nameEn}"${extra(type.nameVi)}` };
}

/**
 * The documents of a submission or supplement checked against the unit's uploads: each one uploaded by the
 * unit, the whole dossier within its size limit. Answers the documents with what the store knows of their
 * files (name, size, type), or the refusal. Without the facts (histories recorded before uploads were
 * checked) the documents pass as they are, so those cases replay as they ran.
 */
export function checkUploads(
  state: NominationState,
  documents: DocumentRef[],
  facts: DocumentFacts | undefined,
  ruleSet: RuleSet | undefined,
): DocumentRef[] | Refusal {
  if (!facts) return documents;
  const byHash = new Map(facts.uploaded.map((u) => [u.sha256, u] as const));
  const checked: DocumentRef[] = [];
  for (const d of documents) {
    const file = byHash.get(d.sha256);
    if (!file) return refuse.documentNotUploaded(documentName(d, ruleSet), d.sha256, 'UNIT');
    checked.push({ ...d, fileName: file.fileName, size: file.size, mediaType: file.mediaType });
  }
  const dossier = mergeDocuments(state.documents, checked);
  const total = [...new Map(dossier.map((d) => [d.sha256, byHash.get(d.sha256)?.size ?? d.size ?? 0])).values()].reduce(
    (a, b) => a + b,
    0,
  );
  if (total > facts.maxDossierBytes) return refuse.dossierTooLarge(total, facts.maxDossierBytes);
  return checked;
}

/** The authority's signed decision: a PDF it uploaded itself. */
export function checkSignedDecision(
  doc: DocumentRef,
  facts: DocumentFacts | undefined,
  ruleSet: RuleSet | undefined,
): DocumentRef | Refusal {
  if (!facts) return doc;
  const file = facts.uploaded.find((u) => u.sha256 === doc.sha256);
  if (!file) return refuse.documentNotUploaded(documentName(doc, ruleSet), doc.sha256, 'AUTHORITY');
  if (file.mediaType !== MEDIA_PDF) return refuse.decisionNotPdf(file.fileName);
  return { ...doc, fileName: file.fileName, size: file.size, mediaType: file.mediaType };
}
