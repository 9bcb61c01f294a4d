import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { CHOICES } from '../nominations/dto/commands.dto';
import { ListOf } from '../problem/edge-validation';

export class SessionVoteItem {
  @ApiProperty() @IsUUID('4') nominationId!: string;
  @ApiProperty({ enum: CHOICES }) @IsIn(CHOICES) choice!: (typeof CHOICES)[number];
}

export class SessionVotesDto {
  @ListOf(SessionVoteItem, { max: 500, nonEmpty: true })
  votes!: SessionVoteItem[];
}
