import { Module } from '@nestjs/common';
import { DecisionsController } from './decisions.controller';

/** FINAL_DECISION: the decision form, higher decisions, objections, deadline extensions. */
@Module({ controllers: [DecisionsController] })
export class DecisionsModule {}
