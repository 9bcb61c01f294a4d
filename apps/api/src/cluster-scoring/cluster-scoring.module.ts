import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module';
import { ClusterScoringController } from './cluster-scoring.controller';
import { ClusterScoringService } from './cluster-scoring.service';

/** Cluster and bloc scoring: self-scores, the leader's review, the members' vote, the flag's nomination from it. */
@Module({
  imports: [NominationsModule],
  controllers: [ClusterScoringController],
  providers: [ClusterScoringService],
})
export class ClusterScoringModule {}
