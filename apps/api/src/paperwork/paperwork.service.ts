import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, type NominationState, toCivilDate } from '@khen/domain';
import { PostgresDocumentStore } from '@khen/projections';
import { CaseReads } from '../cases/case-reads.service';
import { ownerOf } from '../documents/documents.service';
import { problem } from '../problem/problem.exception';
import {
  certificateCode,
  certificateModel,
  decisionModel,
  type DecisionFacts,
  type DraftModel,
  fillDocx,
  type Layout,
  minutesModel,
  proposalModel,
  renderCertificates,
  renderPdf,
  type TemplateKind,
  verifyPath,
} from './drafting';
import { PaperworkSources } from './paperwork.sources';
import { TemplateStore } from './template-store';

export type DraftFormat = 'pdf' | 'docx';
export type DraftKind = 'proposal' | 'minutes' | 'decision' | 'certificates';

/** A drafted file as the API answers it: its bytes, its name, its type and the hash that names it. */
export interface DraftFile {
  content: Buffer;
  fileName: string;
  mediaType: string;
  sha256: string;
}

const MEDIA = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const NAMES: Record<TemplateKind, string> = {
  PROPOSAL: 'To-trinh',
  MINUTES: 'Bien-ban-hop-Hoi-dong',
  DECISION: 'Du-thao-Quyet-dinh',
  DECISION_LIST: 'Du-thao-Quyet-dinh-danh-sach',
  CERTIFICATE: 'Bang-khen',
};
const notYet = (documentVi: string, documentEn: string, stepVi: string, stepEn: string) =>
  problem('DRAFT_STEP_NOT_REACHED', { documentVi, documentEn, stepVi, stepEn });
/** Today in Việt Nam (UTC+7, no daylight saving): the day a template must be in force on, the proposal's date. */
const todayVn = () => toCivilDate(new Date());
const AWAITING = new Set(['AWAITING_DECISION', 'FORWARDED']);

/** Drafts of a case's paperwork, filled from its events and the directory, kept in the document store. */
@Injectable()
export class PaperworkService {
  private readonly documents: PostgresDocumentStore;

  constructor(
    private readonly db: DataSource,
    private readonly cases: CaseReads,
    private readonly sources: PaperworkSources,
    private readonly templates: TemplateStore,
  ) {
    this.documents = new PostgresDocumentStore(db);
  }

  /** The public link a certificate's QR code holds: the verification page (it reads GET /api/public/certificates/{code}). */
  verifyUrl(code: string): string {
    return `${(process.env.KHEN_PUBLIC_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '')}${verifyPath(code)}`;
  }

  async draft(id: string, kind: DraftKind, format: DraftFormat, a: Actor, d: DecisionFacts = {}): Promise<DraftFile> {
    const { state } = await this.cases.get(id, a);
    switch (kind) {
      case 'proposal':
        if (!state.nominee) throw notYet('tờ trình', 'proposal', 'được lập', 'been drafted');
        return this.one('PROPOSAL', [state], format, a, (c, dir) => proposalModel(c[0], dir(c[0].state), todayVn()));
      case 'minutes':
        if (!state.tally)
          throw notYet('biên bản họp Hội đồng', 'council minutes', 'được Hội đồng bỏ phiếu', 'been balloted');
        return this.one('MINUTES', [state], format, a, (c, dir) => minutesModel(c[0], dir(c[0].state)));
      case 'decision': {
        if (state.decision && state.outcome === 'AWARDED') {
          const awards = await this.sources.awardsOf(state.decision);
          const given = { ...state.decision };
          return this.one(awards.length > 1 ? 'DECISION_LIST' : 'DECISION', awards, format, a, (c, dir) =>
            decisionModel(c, given, (x) => dir(x.state)),
          );
        }
        if (!AWAITING.has(state.status))
          throw notYet('dự thảo quyết định', 'draft decision', 'đến bước quyết định', 'reached its decision');
        return this.one('DECISION', [state], format, a, (c, dir) => decisionModel(c, d, (x) => dir(x.state)));
      }
      case 'certificates':
        if (!state.decision || state.outcome !== 'AWARDED')
          throw notYet('bằng khen', 'certificates', 'có quyết định khen thưởng', 'been awarded');
        return this.certificates(await this.sources.awardsOf(state.decision), a);
    }
  }

  /** A list decision before it is signed: the cases awaiting one authority's decision, one number and date. */
  async listDecision(ids: string[], format: DraftFormat, a: Actor, d: DecisionFacts): Promise<DraftFile> {
    const states: NominationState[] = [];
    for (const id of ids) {
      const { state } = await this.cases.get(id, a);
      if (!AWAITING.has(state.status))
        throw notYet('dự thảo quyết định', 'draft decision', 'đến bước quyết định', 'reached its decision');
      states.push(state);
    }
    return this.one('DECISION_LIST', states, format, a, (c, dir) => decisionModel(c, d, (x) => dir(x.state)));
  }

  private async one(
    kind: TemplateKind,
    states: NominationState[],
    format: DraftFormat,
    a: Actor,
    model: (
      cases: Awaited<ReturnType<PaperworkSources['caseFacts']>>[],
      dir: (s: NominationState) => ReturnType<Awaited<ReturnType<PaperworkSources['directory']>>>,
    ) => DraftModel,
  ): Promise<DraftFile> {
    const facts = await Promise.all(states.map((s) => this.sources.caseFacts(s)));
    const directory = await this.sources.directory([...new Set(states.map((s) => s.council?.councilId ?? ''))]);
    const m = model(facts, (s) => directory(s.council?.councilId));
    const template = await this.templates.inForce(kind, todayVn());
    const content =
      format === 'docx'
        ? fillDocx(template.docx, m)
        : await renderPdf(template.layout, m, NAMES[kind].replace(/-/g, ' '));
    const file = await this.kept(
      content,
      `${NAMES[kind]}-${states[0].nominationId.slice(0, 8)}.${format}`,
      MEDIA[format],
      a,
    );
    if (kind === 'DECISION' || kind === 'DECISION_LIST') await this.drafted(file.sha256, kind, states, a);
    return file;
  }

  /** Which cases a decision draft was drafted for: the signed decision of each may name it, no other. */
  private async drafted(sha256: string, kind: TemplateKind, states: NominationState[], a: Actor): Promise<void> {
    await this.db.query(
      `INSERT INTO paperwork_drafts (sha256, nomination_id, kind, drafted_by)
       SELECT $1, id, $2, $3 FROM unnest($4::text[]) AS id ON CONFLICT DO NOTHING`,
      [sha256, kind, a.userId, states.map((x) => x.nominationId)],
    );
  }

  private async certificates(awards: NominationState[], a: Actor): Promise<DraftFile> {
    const directory = await this.sources.directory([...new Set(awards.map((s) => s.council?.councilId ?? ''))]);
    const layout: Layout = (await this.templates.inForce('CERTIFICATE', todayVn())).layout;
    const pages = awards.map((state) => {
      const code = certificateCode(state.nominationId);
      return {
        model: certificateModel({ state }, directory(state.council?.councilId), code),
        verifyUrl: this.verifyUrl(code),
      };
    });
    const content = await renderCertificates(layout, pages, 'Bằng khen');
    const number = awards[0].decision!.decisionNumber.replace(/[^0-9A-Za-z-]+/g, '-');
    return this.kept(content, `Bang-khen-QD-${number}.pdf`, MEDIA.pdf, a);
  }

  /**
   * The draft is put in the document store under the caller's body (the authority, the council's office),
   * so that the signed scan uploaded later can name the draft it was signed from by its hash.
   */
  private async kept(content: Buffer, fileName: string, mediaType: string, a: Actor): Promise<DraftFile> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const ownerId = ownerOf(a);
    if (ownerId)
      await this.documents.put(Readable.from([content]), {
        fileName,
        owner: { ownerId, userId: a.userId },
        maxBytes: Math.max(content.length, 1),
      });
    return { content, fileName, mediaType, sha256 };
  }

  /**
   * The draft a signed decision names must be a decision draft Khen drafted for this very case (alone or
   * on a list decision): 422 DRAFT_NOT_STORED otherwise, and nothing is recorded.
   */
  async assertDraftOf(nominationId: string, sha256: string): Promise<void> {
    const [row] = (await this.db.query(`SELECT 1 FROM paperwork_drafts WHERE sha256 = $1 AND nomination_id = $2`, [
      sha256,
      nominationId,
    ])) as unknown[];
    if (!row) throw problem('DRAFT_NOT_STORED');
  }
}
