import { Body, Controller, Get, HttpCode, Inject, Logger, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import {
  dayOfWeek,
  defaultYearSchedule,
  isCivilDate,
  OFFICIAL_SCHEDULES,
  type Actor,
  type YearSchedule,
} from '@khen/domain';
import { CalendarStore } from '@khen/projections';
import { NominationGateway } from '@khen/temporal';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { NOMINATION_GATEWAY } from '../cases/nomination-gateway.provider';
import { BoundedIntPipe } from '../problem/edge-validation';
import { ProblemException } from '../problem/problem.exception';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Years whose Tết the lunar calendar computes (the domain's range is wider; this is a sane one). */
const YEAR = () => new BoundedIntPipe(1900, 2199, 'INVALID_YEAR');

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
@ApiTags('rules')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  private readonly logger = new Logger(CalendarController.name);
  private readonly store: CalendarStore;

  constructor(
    db: DataSource,
    @Inject(NOMINATION_GATEWAY) private readonly gateway: NominationGateway,
  ) {
    this.store = new CalendarStore(db.manager);
  }

  @Get(':year')
  @ApiOperation({ summary: 'Lịch nghỉ của một năm: bản đang áp dụng, nguồn, các phiên bản' })
  async year(@Param('year', YEAR()) year: number) {
    const history = await this.store.history(year);
    const official = OFFICIAL_SCHEDULES.find((s) => s.year === year);
    const inEffect: YearSchedule & { origin: string } = history[0]
      ? { ...history[0], origin: 'PUBLISHED' }
      : official
        ? { ...official, origin: 'BUILT_IN' }
        : { ...defaultYearSchedule(year), origin: 'COMPUTED' };
    return { year, inEffect, computedDefault: defaultYearSchedule(year), history };
  }

  @Post(':year')
  @HttpCode(201)
  @Roles('ADMIN')
  @ApiOperation({
    summary: 'Ban hành lịch nghỉ chính thức của năm (phiên bản mới); các hồ sơ đang chạy tính lại thời hạn',
  })
  async publish(@Param('year', YEAR()) year: number, @Body() dto: ScheduleDto, @CurrentActor() a: Actor) {
    const bad = [...dto.daysOff, ...dto.workingWeekendDays].find(
      (d) => !isCivilDate(d) || Number(d.slice(0, 4)) !== year,
    );
    if (bad)
      throw new ProblemException(
        422,
        'INVALID_SCHEDULE',
        `Ngày ${bad} không hợp lệ hoặc không thuộc năm ${year}.`,
        `Date ${bad} is invalid or not in ${year}.`,
        { field: 'daysOff' },
      );
    const weekday = dto.workingWeekendDays.find((d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6);
    if (weekday)
      throw new ProblemException(
        422,
        'INVALID_SCHEDULE',
        `Ngày làm bù ${weekday} không phải thứ Bảy hoặc Chủ nhật.`,
        `Make-up day ${weekday} is not a weekend day.`,
        { field: 'workingWeekendDays' },
      );
    const published = await this.store.publish(
      {
        year,
        daysOff: [...new Set(dto.daysOff)].sort(),
        workingWeekendDays: [...new Set(dto.workingWeekendDays)].sort(),
        source: dto.source,
      },
      a.userId,
    );
    let batchJobId: string | null = null;
    try {
      batchJobId = await this.gateway.broadcastCalendarChanged(`${year} v${published.version}: ${dto.source}`);
    } catch (err) {
      // The schedule is stored; cases pick it up at their next start or calendar signal.
      this.logger.error(`calendar ${year} v${published.version} published but the batch signal failed: ${String(err)}`);
    }
    return { ...published, batchJobId };
  }
}
