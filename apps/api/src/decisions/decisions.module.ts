import { Module } from '@nestjs/common';
import { PaperworkModule } from '../paperwork/paperwork.module';
import { DecisionsController } from './decisions.controller';

/** FINAL_DECISION: the decision form, higher decisions, objections, deadline extensions. */
@Module({ imports: [PaperworkModule], controllers: [DecisionsController] })
export class DecisionsModule {}
