import { Injectable } from '@nestjs/common';
import type { VoteChoice } from '@khen/domain';
import { loadBallotKey, sealChoice } from '@khen/temporal';

/** Seals a council member's choice at the edge: beyond this point nobody sees it until the tally. */
@Injectable()
export class BallotSealer {
  private readonly key = loadBallotKey();

  seal(ballotId: string | undefined, choice: VoteChoice): string {
    // No open ballot: the workflow refuses the vote anyway, for the reason that applies.
    return sealChoice(this.key, ballotId ?? 'no-ballot', choice);
  }
}
