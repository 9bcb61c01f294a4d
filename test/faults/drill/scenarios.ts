/**
 * Cases with known outcomes, walked through the HTTP API one command per call, as people do it:
 * most AWARDED (the four members who may vote approve, disclosure, decision), some REJECTED by the
 * ballot (three of the five seated members approve: 60 % < 80 % of all members; the fourth seat is the
 * filer's own unit's, recused), some WITHDRAWN by their unit after submission.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '@khen/domain';
import { DEMO_DOCUMENTS, DEMO_USERS } from '../../../scripts/demo/demo-directory';
import { ambiguous, backoff, type DrillClient, type Reply } from './client';
import { EVENT_SEQUENCES } from '../../support/event-sequences';
import { sleep } from './infra';

export type Outcome = 'AWARDED' | 'REJECTED' | 'WITHDRAWN';

/** Every event each plan must leave in its stream, in order (no SLA step is due within a drill). */
export const EXPECTED_EVENTS: Record<Outcome, readonly string[]> = EVENT_SEQUENCES;

/** 70 % awarded, 20 % rejected by the ballot, 10 % withdrawn, interleaved. */
export function outcomeOf(i: number): Outcome {
  const r = i % 10;
  return r < 7 ? 'AWARDED' : r < 9 ? 'REJECTED' : 'WITHDRAWN';
}

interface Known {
  exists: boolean;
  status: string;
  voters: string[];
}

interface Step {
  name: string;
  actor: Actor;
  path: string;
  body?: unknown;
  /** The workflow must have moved the case here first (timers, the ballot opening). */
  ready: (k: Known) => boolean;
  /** The step has taken effect (perhaps by an earlier attempt whose answer was lost). */
  done: (k: Known) => boolean;
}

const U = DEMO_USERS;
const VOTERS = [U.member1, U.member2, U.member3, U.member5];
const AFTER_SUBMIT = [
  'SUBMITTED',
  'BALLOT_PENDING',
  'BALLOT_OPEN',
  'DISCLOSURE_PENDING',
  'DISCLOSURE_OPEN',
  'AWAITING_DECISION',
  'AWARDED',
  'REJECTED',
  'WITHDRAWN',
];
const AFTER_APPRAISAL = AFTER_SUBMIT.slice(1);
const AFTER_BALLOT = ['DISCLOSURE_PENDING', 'DISCLOSURE_OPEN', 'AWAITING_DECISION', 'AWARDED', 'REJECTED'];

export class DrillCase {
  readonly id = randomUUID();
  readonly steps: Step[];
  stepsDone = 0;
  finishedAt?: number;
  error?: string;
  private known: Known = { exists: false, status: 'NEW', voters: [] };

  constructor(
    readonly index: number,
    readonly outcome: Outcome,
    private readonly runTag: string,
  ) {
    this.steps = this.plan();
  }

  private plan(): Step[] {
    const n = (p: string) => `/nominations/${this.id}${p}`;
    const steps: Step[] = [
      {
        name: 'create',
        actor: U.unitOfficer,
        path: '/nominations',
        ready: () => true,
        done: (k) => k.exists,
        body: {
          nominationId: this.id,
          awardCode: 'BK_TINH',
          kind: 'CONG_TRANG',
          campaignId: 'TONG-KET-2026',
          councilId: 'HD-TP',
          nominee: {
            name: `Diễn tập ${this.index} Nguyễn Văn Bền`,
            subject: 'INDIVIDUAL',
            key: `D-${this.runTag}-${this.index}`,
            position: 'Giáo viên',
          },
        },
      },
      {
        name: 'submit',
        actor: U.unitOfficer,
        path: n('/submit'),
        body: { documents: DEMO_DOCUMENTS },
        ready: (k) => k.exists,
        done: (k) => AFTER_SUBMIT.includes(k.status),
      },
    ];
    if (this.outcome === 'WITHDRAWN') {
      steps.push({
        name: 'withdraw',
        actor: U.unitOfficer,
        path: n('/withdrawal'),
        body: { reason: 'Đơn vị rút hồ sơ để hoàn thiện thêm minh chứng.' },
        ready: (k) => k.status === 'SUBMITTED',
        done: (k) => k.status === 'WITHDRAWN',
      });
      return steps;
    }
    steps.push({
      name: 'appraise',
      actor: U.office,
      path: n('/appraisal'),
      body: { opinion: 'Hồ sơ đầy đủ, đúng quy định.' },
      ready: (k) => k.status === 'SUBMITTED',
      done: (k) => AFTER_APPRAISAL.includes(k.status),
    });
    const choices =
      this.outcome === 'AWARDED'
        ? ['APPROVE', 'APPROVE', 'APPROVE', 'APPROVE']
        : ['APPROVE', 'DISAPPROVE', 'APPROVE', 'APPROVE'];
    VOTERS.forEach((m, i) =>
      steps.push({
        name: `vote ${m.userId}`,
        actor: m,
        path: n('/votes'),
        body: { choice: choices[i] },
        ready: (k) => k.status === 'BALLOT_OPEN',
        done: (k) => k.voters.includes(m.userId) || AFTER_BALLOT.includes(k.status),
      }),
    );
    steps.push({
      name: 'close ballot',
      actor: U.office,
      path: n('/ballot/close'),
      ready: (k) => k.status === 'BALLOT_OPEN' && k.voters.length === VOTERS.length,
      done: (k) => AFTER_BALLOT.includes(k.status),
    });
    if (this.outcome === 'AWARDED') {
      steps.push({
        name: 'decide',
        actor: U.authority,
        path: n('/decision'),
        body: { outcome: 'AWARD', decisionNumber: `${this.id.slice(0, 8)}/QĐ-UBND`, decisionDate: todayVn() },
        ready: (k) => k.status === 'AWAITING_DECISION',
        done: (k) => k.status === 'AWARDED',
      });
    }
    return steps;
  }

  get finished(): boolean {
    return this.finishedAt !== undefined || this.error !== undefined;
  }

  /** Re-reads the case (as the council's office: it sees every case of HD-TP and who has voted). */
  private async refresh(c: DrillClient, token: () => string, deadline: number): Promise<Known> {
    const r = await c.read(`/nominations/${this.id}`, token, deadline);
    this.known =
      r.status === 404
        ? { exists: false, status: 'NEW', voters: [] }
        : { exists: true, status: r.body.status, voters: r.body.state?.ballot?.voters ?? [] };
    return this.known;
  }

  /** Walks the plan; resolves when the case has its outcome, or records why it could not. */
  async drive(
    c: DrillClient,
    tokens: (a: Actor) => string,
    deadline: number,
    onStep: () => void,
    pollMs = 1000,
  ): Promise<void> {
    // Who has voted is hidden from all but the office running the ballot (the administrator included). Tokens are
    // asked for when a request's turn comes: a session's tokens are renewed while a long drill runs.
    const reader = () => tokens(U.office);
    try {
      for (const step of this.steps) {
        let resent = false;
        let refusals = 0;
        let fresh = false;
        for (let attempt = 0; ; attempt++) {
          if (Date.now() > deadline)
            throw new Error(`step "${step.name}": deadline passed (case at ${this.known.status})`);
          if (!fresh && (resent || !step.ready(this.known))) await this.refresh(c, reader, deadline);
          fresh = false;
          if (step.done(this.known)) {
            if (resent) c.stats.alreadyDoneAfterRetry++;
            break;
          }
          if (!step.ready(this.known)) {
            await sleep(pollMs / 2 + Math.random() * pollMs);
            continue;
          }
          const r = await c.raw('POST', step.path, () => tokens(step.actor), step.body);
          if (r.status >= 200 && r.status < 300) {
            this.learn(step, r);
            break;
          }
          resent = true;
          if (ambiguous(r)) {
            c.retried(r);
            await backoff(attempt);
            continue;
          }
          // A refusal: expected only when an earlier attempt (whose answer was lost) took effect.
          await this.refresh(c, reader, deadline);
          fresh = true;
          if (step.done(this.known)) continue;
          refusals++;
          c.stats.unexpected.push(`${this.id} ${step.name}: ${r.status} ${r.body?.code ?? ''} at ${this.known.status}`);
          if (refusals >= 5)
            throw new Error(`step "${step.name}" refused ${refusals} times: ${r.status} ${JSON.stringify(r.body)}`);
          await backoff(attempt);
        }
        this.stepsDone++;
        onStep();
      }
      this.finishedAt = Date.now();
    } catch (err) {
      this.error = (err as Error).message;
    }
  }

  /** What a 2xx answer tells without another read. */
  private learn(step: Step, r: Reply): void {
    // 202: the workflow started but its draft is not readable yet; the next step waits for it.
    if (step.name === 'create') this.known = { exists: r.status === 201, status: r.body?.status ?? 'NEW', voters: [] };
    else this.known = { ...this.known, status: r.body?.status ?? this.known.status };
    if (step.name.startsWith('vote ')) this.known.voters = [...this.known.voters, step.actor.userId];
  }
}

/** Today in Việt Nam (yyyy-MM-dd): decision dates may not be in the future. */
export const todayVn = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
