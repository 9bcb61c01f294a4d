import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery } from '@nestjs/swagger';
import { Answers, CIVIL_DAY_PATTERN, ContentChecked, Refuses } from '../http/openapi';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { SignedIn } from '../http/signed-in';
import { BoundedIntPipe, PG_INT_MAX } from '../problem/edge-validation';
import { RulesService } from './rules.service';

/** The law as versioned data: read by everyone signed in, published by administrators. */
@SignedIn('rules', 'rules')
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  @Get('current')
  @ApiOperation({ summary: 'Bộ quy tắc đang có hiệu lực (hoặc vào ngày ?date=yyyy-MM-dd), kèm mô tả điều kiện' })
  @ApiQuery({ name: 'date', required: false, schema: { type: 'string', format: 'date', pattern: CIVIL_DAY_PATTERN } })
  @Answers(200, { type: 'object', required: ['version', 'awards'] }, 'Bộ quy tắc, kèm mô tả điều kiện')
  @Refuses(422)
  current(@Query('date') date?: string) {
    return this.rules.current(date);
  }

  @Get()
  @ApiOperation({ summary: 'Các phiên bản đã ban hành' })
  list() {
    return this.rules.list();
  }

  @Get(':version')
  get(@Param('version', new BoundedIntPipe(1, PG_INT_MAX)) version: number) {
    return this.rules.get(version);
  }

  @Post()
  @HttpCode(201)
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Ban hành phiên bản mới (không sửa phiên bản cũ; hồ sơ đã tiếp nhận giữ quy tắc cũ)' })
  @ApiBody({
    description: 'Toàn bộ văn bản quy tắc, như GET /rules/current trả về (không có version)',
    schema: { type: 'object', description: 'Kiểm tra theo lược đồ bộ quy tắc (rule-set.schema.ts); sai: 400' },
  })
  @Refuses(409, 422)
  @ContentChecked()
  publish(@Body() body: unknown, @CurrentActor() a: Actor) {
    return this.rules.publish(body, a.userId);
  }
}
