import { createHash } from 'node:crypto';
import { Body, Delete, Get, HttpCode, Param, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBody, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { Actor, Role } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { CaseCommands } from '../cases/case-commands.service';
import { Caller, CaseCommand } from '../http/case-http';
import { Answers, Refuses } from '../http/openapi';
import { SignedIn } from '../http/signed-in';
import { InboxQueryDto } from './inbox.query';
import { InboxService } from './inbox.service';
import { SavedViews } from './saved-views.service';
import { TaskCompletion } from './task-completion.service';
import { TaskHandover } from './task-handover.service';

class AssigneeDto {
  @ApiProperty({ example: 'ban-tdkt-2' }) @IsString() @IsNotEmpty() @MaxLength(64) assignee!: string;
}
class DelegateDto {
  @ApiProperty({ example: 'ban-tdkt-2' }) @IsString() @IsNotEmpty() @MaxLength(64) to!: string;
}

const INBOX_PAGE_SCHEMA = {
  type: 'object',
  required: ['items'],
  properties: {
    items: { type: 'array', items: { type: 'object', required: ['taskId', 'nominationId'] } },
    nextCursor: { type: 'string', nullable: true },
  },
};

const WORKERS: Role[] = ['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER', 'AUTHORITY', 'ADMIN'];

/** The reviewers' queue: read from the tasks projection; every change is an Update on the task's case. */
@SignedIn('tasks', 'tasks')
export class TasksController {
  constructor(
    private readonly inbox: InboxService,
    private readonly views: SavedViews,
    private readonly cases: CaseCommands,
    private readonly completion: TaskCompletion,
    private readonly handover: TaskHandover,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Hộp việc: việc của tôi và của nhóm; lọc, sắp xếp, phân trang theo con trỏ' })
  @Answers(200, INBOX_PAGE_SCHEMA, 'Một trang hộp việc')
  @Refuses([404, 'Không có bộ lọc đã lưu tên này (view) — no saved view of this name'])
  async list(@Query() q: InboxQueryDto, @CurrentActor() a: Actor, @Res({ passthrough: true }) res: Response) {
    const saved = q.view ? await this.views.get(a.userId, q.view) : {};
    const page = await this.inbox.list({ ...saved, ...stripUndefined(q) }, a);
    // The ETag of what changes when tasks do (not the time left, which changes every instant): a page
    // that asks again with If-None-Match gets 304 while nothing arrived or moved (Express answers it).
    res.setHeader('ETag', inboxTag(page));
    res.setHeader('Cache-Control', 'private, no-cache');
    return page;
  }

  @Get('views')
  @ApiOperation({ summary: 'Các bộ lọc đã lưu của tôi' })
  listViews(@CurrentActor() a: Actor) {
    return this.views.list(a.userId);
  }

  @Put('views/:name')
  @HttpCode(204)
  @ApiOperation({ summary: 'Lưu bộ lọc (không có nội dung: bộ lọc trống)' })
  @ApiBody({ type: InboxQueryDto, required: false })
  async saveView(@Param('name') name: string, @Body() q: InboxQueryDto, @CurrentActor() a: Actor) {
    const { cursor: _c, view: _v, ...query } = q;
    await this.views.save(a.userId, name.slice(0, 64), stripUndefined(query));
  }

  @Delete('views/:name')
  @HttpCode(204)
  async deleteView(@Param('name') name: string, @CurrentActor() a: Actor) {
    await this.views.remove(a.userId, name);
  }

  @Get(':taskId/holders')
  @Roles(...WORKERS)
  @ApiOperation({ summary: 'Những người có thể nhận việc này (để giao lại hoặc ủy quyền)' })
  eligibleHolders(@Param('taskId') taskId: string) {
    return this.handover.holdersOf(taskId);
  }

  @CaseCommand(':taskId/claim', WORKERS, 'Nhận việc (người thứ hai nhận: 409)')
  claim(@Param('taskId') taskId: string, @Caller() c: Caller) {
    return this.cases.sendOnTask(taskId, c, 'ClaimTask', () => ({ taskId }));
  }

  @CaseCommand(':taskId/release', WORKERS, 'Trả việc về nhóm')
  release(@Param('taskId') taskId: string, @Caller() c: Caller) {
    return this.cases.sendOnTask(taskId, c, 'ReleaseTask', () => ({ taskId }));
  }

  @CaseCommand(':taskId/reassign', ['TDKT_OFFICE', 'ADMIN'], 'Giao lại việc (lãnh đạo Ban hoặc quản trị)')
  reassign(@Param('taskId') taskId: string, @Body() dto: AssigneeDto, @Caller() c: Caller) {
    return this.handover.reassign(taskId, dto.assignee, c);
  }

  @CaseCommand(':taskId/delegate', WORKERS, 'Ủy quyền xử lý (người ủy quyền vẫn là chủ việc)')
  delegate(@Param('taskId') taskId: string, @Body() dto: DelegateDto, @Caller() c: Caller) {
    return this.handover.delegate(taskId, dto.to, c);
  }

  @CaseCommand(
    ':taskId/complete',
    WORKERS,
    'Hoàn thành việc = thao tác tương ứng trên hồ sơ (thẩm định, bỏ phiếu, ký…)',
  )
  complete(@Param('taskId') taskId: string, @Body() body: Record<string, unknown>, @Caller() c: Caller) {
    return this.completion.complete(taskId, body, c);
  }
}

function inboxTag(page: { items: Record<string, unknown>[]; nextCursor: string | null }): string {
  const stable = page.items.map(({ msToDue: _d, msToBreach: _b, overdue: _o, ...rest }) => rest);
  const hash = createHash('sha256')
    .update(JSON.stringify([stable, page.nextCursor]))
    .digest('base64url');
  return `W/"inbox-${hash.slice(0, 27)}"`;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
