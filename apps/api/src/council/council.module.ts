import { Module } from '@nestjs/common';
import { BallotSealer } from './ballot-sealer';
import { CouncilController } from './council.controller';
import { EachCase } from './each-case';
import { SessionBallots } from './session-ballots';
import { SessionsController } from './sessions.controller';
import { SessionsQuery } from './sessions.query';

/** COUNCIL_REVIEW: appraisal, the secret ballot (sealed here, once for every vote entry point), sessions. */
@Module({
  controllers: [CouncilController, SessionsController],
  providers: [BallotSealer, SessionsQuery, EachCase, SessionBallots],
  exports: [BallotSealer],
})
export class CouncilModule {}
