import { Get, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { SignedIn } from '../http/signed-in';
import { BoardQueryDto, DaysQueryDto, WeeksQueryDto } from './sla.dto';
import { SlaService } from './sla.service';

const WATCHERS = ['SLA_MONITOR', 'ADMIN', 'TDKT_OFFICE', 'AUTHORITY'] as const;

/** The stalled-case board for SLA monitors. */
@SignedIn('sla', 'sla')
export class SlaController {
  constructor(private readonly sla: SlaService) {}

  @Get('board')
  @Roles(...WATCHERS)
  @ApiOperation({
    summary: 'Hồ sơ có nguy cơ và quá hạn: thời gian còn lại (ngày làm việc, giờ), số lượng theo giai đoạn và đơn vị',
  })
  board(@Query() q: BoardQueryDto) {
    return this.sla.board(q);
  }

  @Get('breaches-per-week')
  @Roles(...WATCHERS)
  @ApiOperation({ summary: 'Số cảnh báo và quá hạn theo tuần' })
  perWeek(@Query() q: WeeksQueryDto) {
    return this.sla.breachesPerWeek(q.weeks ?? 12);
  }

  @Get('stage-durations')
  @Roles(...WATCHERS)
  @ApiOperation({ summary: 'Thời gian xử lý từng giai đoạn (ngày làm việc): trung vị, phân vị 90, phân bố' })
  durations(@Query() q: DaysQueryDto) {
    return this.sla.stageDurations(q.days ?? 90);
  }
}
