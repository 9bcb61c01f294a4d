import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery } from '@nestjs/swagger';
import { Answers, Refuses, UUID4_SCHEMA } from '../http/openapi';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { SignedIn } from '../http/signed-in';
import { fieldRefused } from '../problem/validation-messages';
import { HoldDto, ImportDto } from './registry.dto';
import { RegistryService } from './registry.service';

/**
 * The registry (sổ khen thưởng) and holds: reference data the rules check submissions against.
 * Awards decided here land in the registry from their events; history before the system is imported.
 */
@SignedIn('registry')
export class RegistryController {
  constructor(private readonly registry: RegistryService) {}

  @Get('registry')
  @Roles('ADMIN', 'TDKT_OFFICE', 'SLA_MONITOR')
  @ApiOperation({ summary: 'Tra cứu sổ khen thưởng theo người/tập thể' })
  @ApiQuery({ name: 'nomineeKey', required: true, schema: { type: 'string', minLength: 1 } })
  entries(@Query('nomineeKey') nomineeKey: string) {
    if (!nomineeKey) throw fieldRefused('nomineeKey', 'không được để trống', 'nomineeKey should not be empty');
    return this.registry.entries(nomineeKey);
  }

  @Post('registry/imports')
  @HttpCode(201)
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Nhập lịch sử khen thưởng trước khi dùng hệ thống (giữ nguyên nếu đã có)' })
  import(@Body() dto: ImportDto, @CurrentActor() a: Actor) {
    return this.registry.import(dto, a);
  }

  @Get('holds')
  @Roles('ADMIN', 'TDKT_OFFICE')
  @ApiOperation({ summary: 'Các trường hợp tạm hoãn xét khen thưởng đang có hiệu lực' })
  holds() {
    return this.registry.holds();
  }

  @Post('holds')
  @HttpCode(201)
  @Roles('ADMIN', 'TDKT_OFFICE')
  @ApiOperation({ summary: 'Ghi nhận kỷ luật, thanh tra hoặc khiếu nại: tạm hoãn xét khen thưởng (Luật TĐKT, Điều 5)' })
  @Answers(201, { type: 'object', required: ['holdId'], properties: { holdId: UUID4_SCHEMA } }, 'Đã ghi nhận')
  @Refuses([422, 'Ngày kết thúc trước ngày bắt đầu — the end is before the start'])
  addHold(@Body() dto: HoldDto, @CurrentActor() a: Actor) {
    return this.registry.addHold(dto, a);
  }

  @Post('holds/:holdId/lift')
  @HttpCode(200)
  @Roles('ADMIN', 'TDKT_OFFICE')
  @ApiOperation({ summary: 'Chấm dứt tạm hoãn từ hôm nay' })
  lift(@Param('holdId') holdId: string) {
    return this.registry.lift(holdId);
  }
}
