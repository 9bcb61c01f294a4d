import { Injectable } from '@nestjs/common';
import type { RevealedBallots } from '@khen/domain';
import { loadBallotKey, openBallotBox } from '@khen/temporal';

/** Opens a closing ballot's sealed choices, and nothing else: no member ids reach this code. */
@Injectable()
export class BallotActivity {
  private readonly key = loadBallotKey();

  async openBallotBox(input: {
    ballotId: string;
    sealed: string[];
    writtenOpinions: string[];
  }): Promise<RevealedBallots> {
    return openBallotBox(this.key, input.ballotId, input.sealed, input.writtenOpinions);
  }
}
