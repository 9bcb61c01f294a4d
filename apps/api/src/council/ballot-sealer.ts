import { Injectable } from '@nestjs/common';
import type { VoteChoice } from '@khen/domain';
import type { NominationView } from '@khen/projections';
import { loadBallotKey, sealChoice } from '@khen/temporal';
import type { CommandBuilder } from '../cases/case-commands.service';

/**
 * Seals a council member's choice at the edge: beyond this point nobody sees it until the tally. The one
 * sealing of every vote entry point (the case's votes and written opinions, a task's completion, a session).
 */
@Injectable()
export class BallotSealer {
  private readonly key = loadBallotKey();

  /** The choice sealed for the case's open ballot (no open ballot: the workflow refuses the vote anyway). */
  seal(view: NominationView, choice: VoteChoice): string {
    const ballot = view.state.ballot;
    return sealChoice(this.key, ballot?.open ? ballot.ballotId : 'no-ballot', choice);
  }

  /** A member's vote: the choice sealed for the case as the command reads it. */
  vote(choice: VoteChoice): CommandBuilder<'CastVote'> {
    return (view) => ({ sealedChoice: this.seal(view, choice) });
  }

  /** An absent member's written opinion, recorded by the office: sealed like a vote. */
  writtenOpinion({
    memberId,
    choice,
  }: {
    memberId: string;
    choice: VoteChoice;
  }): CommandBuilder<'RecordWrittenOpinion'> {
    return (view) => ({ memberId, sealedChoice: this.seal(view, choice) });
  }
}
