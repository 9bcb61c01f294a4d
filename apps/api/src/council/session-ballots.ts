import { Injectable } from '@nestjs/common';
import { CaseCommands } from '../cases/case-commands.service';
import type { Caller } from '../http/case-http';
import { BallotSealer } from './ballot-sealer';
import { EachCase } from './each-case';
import type { SessionVoteItem } from './sessions.dto';
import { SessionsQuery } from './sessions.query';

/** A council session's list at once: each item is still its own case's command, its outcome reported per case. */
@Injectable()
export class SessionBallots {
  constructor(
    private readonly sessions: SessionsQuery,
    private readonly cases: CaseCommands,
    private readonly sealer: BallotSealer,
    private readonly each: EachCase,
  ) {}

  /** A member's sealed vote on every case of the list. */
  async vote(votes: SessionVoteItem[], caller: Caller) {
    const vote = (v: SessionVoteItem) =>
      this.cases.send(v.nominationId, caller, 'CastVote', this.sealer.vote(v.choice));
    return { results: await this.each.run(caller, votes, vote) };
  }

  /** The session's open ballots closed and tallied, each by its case's rules. */
  async close(sessionId: string, caller: Caller) {
    const open = await this.sessions.openBallots(sessionId, caller.actor);
    const close = (i: { nominationId: string }) => this.cases.send(i.nominationId, caller, 'CloseBallot', () => ({}));
    return { results: await this.each.run(caller, open, close) };
  }
}
