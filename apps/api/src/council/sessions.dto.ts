import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsObject, IsUUID, ValidateNested } from 'class-validator';
import { CHOICES } from '../nominations/dto/commands.dto';

export class SessionVoteItem {
  @ApiProperty() @IsUUID('4') nominationId!: string;
  @ApiProperty({ enum: CHOICES }) @IsIn(CHOICES) choice!: (typeof CHOICES)[number];
}

export class SessionVotesDto {
  @ApiProperty({ type: [SessionVoteItem] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SessionVoteItem)
  votes!: SessionVoteItem[];
}
