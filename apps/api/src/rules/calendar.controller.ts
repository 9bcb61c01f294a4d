import { Body, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { SignedIn } from '../http/signed-in';
import { BoundedIntPipe } from '../problem/edge-validation';
import { CalendarService } from './calendar.service';
import { Refuses } from '../http/openapi';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Years whose Tết the lunar calendar computes (the domain's range is wider; this is a sane one). */
const YEAR = () => new BoundedIntPipe(1900, 2199);

class ScheduleDto {
  @ApiProperty({ example: ['2027-02-05', '2027-02-08'] })
  @IsArray()
  @ArrayMaxSize(60)
  @Matches(DATE, { each: true })
  daysOff!: string[];
  @ApiProperty({ example: ['2027-02-20'] })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(DATE, { each: true })
  workingWeekendDays!: string[];
  @ApiProperty({ example: 'Thông báo số …/TB-BNV về lịch nghỉ Tết Nguyên đán năm 2027' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  source!: string;
}

/** Each year's official schedule over the computed defaults; publishing moves running deadlines. */
@SignedIn('rules', 'calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':year')
  @ApiOperation({ summary: 'Lịch nghỉ của một năm: bản đang áp dụng, nguồn, các phiên bản' })
  year(@Param('year', YEAR()) year: number) {
    return this.calendar.year(year);
  }

  @Post(':year')
  @HttpCode(201)
  @Roles('ADMIN')
  @ApiOperation({
    summary: 'Ban hành lịch nghỉ chính thức của năm (phiên bản mới); các hồ sơ đang chạy tính lại thời hạn',
  })
  @Refuses([422, 'Ngày không thuộc năm, hoặc lịch không hợp lệ — a day outside the year, or an invalid schedule'])
  publish(@Param('year', YEAR()) year: number, @Body() dto: ScheduleDto, @CurrentActor() a: Actor) {
    return this.calendar.publish(year, dto, a.userId);
  }
}
