import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { Actor, TaskType } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { CaseCommands, taskNotFound } from '../cases/case-commands.service';
import { CaseReads } from '../cases/case-reads.service';
import { accepted, correlation } from '../cases/http';
import { BallotSealer } from '../council/ballot-sealer';
import { completionFor } from './complete-task';
import { InboxQueryDto } from './inbox.query';
import { InboxService } from './inbox.service';
import { SavedViews } from './saved-views.service';

class AssigneeDto {
  @ApiProperty({ example: 'ban-tdkt-2' }) @IsString() @IsNotEmpty() @MaxLength(64) assignee!: string;
}
class DelegateDto {
  @ApiProperty({ example: 'ban-tdkt-2' }) @IsString() @IsNotEmpty() @MaxLength(64) to!: string;
}

const WORKERS = ['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER', 'AUTHORITY', 'ADMIN'] as const;

/** The reviewers' queue: read from the tasks projection; every change is an Update on the task's case. */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly inbox: InboxService,
    private readonly views: SavedViews,
    private readonly commands: CaseCommands,
    private readonly reads: CaseReads,
    private readonly sealer: BallotSealer,
    private readonly db: DataSource,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Hộp việc: việc của tôi và của nhóm; lọc, sắp xếp, phân trang theo con trỏ' })
  async list(@Query() q: InboxQueryDto, @CurrentActor() a: Actor) {
    const saved = q.view ? await this.views.get(a.userId, q.view) : {};
    return this.inbox.list({ ...saved, ...stripUndefined(q) }, a);
  }

  @Get('views')
  @ApiOperation({ summary: 'Các bộ lọc đã lưu của tôi' })
  listViews(@CurrentActor() a: Actor) {
    return this.views.list(a.userId);
  }

  @Put('views/:name')
  @HttpCode(204)
  @ApiOperation({ summary: 'Lưu bộ lọc' })
  async saveView(@Param('name') name: string, @Body() q: InboxQueryDto, @CurrentActor() a: Actor) {
    const { cursor: _c, view: _v, ...query } = q;
    await this.views.save(a.userId, name.slice(0, 64), stripUndefined(query));
  }

  @Delete('views/:name')
  @HttpCode(204)
  async deleteView(@Param('name') name: string, @CurrentActor() a: Actor) {
    await this.views.remove(a.userId, name);
  }

  @Post(':taskId/claim')
  @HttpCode(200)
  @Roles(...WORKERS)
  @ApiOperation({ summary: 'Nhận việc (người thứ hai nhận: 409)' })
  claim(@Param('taskId') taskId: string, @CurrentActor() a: Actor, @Res({ passthrough: true }) res: Response) {
    return accepted(
      res,
      this.commands.executeOnTask(taskId, 'ClaimTask', { type: 'ClaimTask', taskId }, a, correlation(res)),
    );
  }

  @Post(':taskId/release')
  @HttpCode(200)
  @Roles(...WORKERS)
  @ApiOperation({ summary: 'Trả việc về nhóm' })
  release(@Param('taskId') taskId: string, @CurrentActor() a: Actor, @Res({ passthrough: true }) res: Response) {
    return accepted(
      res,
      this.commands.executeOnTask(taskId, 'ReleaseTask', { type: 'ReleaseTask', taskId }, a, correlation(res)),
    );
  }

  @Post(':taskId/reassign')
  @HttpCode(200)
  @Roles('TDKT_OFFICE', 'ADMIN')
  @ApiOperation({ summary: 'Giao lại việc (lãnh đạo Ban hoặc quản trị)' })
  reassign(
    @Param('taskId') taskId: string,
    @Body() dto: AssigneeDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    return accepted(
      res,
      this.commands.executeOnTask(
        taskId,
        'ReassignTask',
        { type: 'ReassignTask', taskId, assignee: dto.assignee },
        a,
        correlation(res),
      ),
    );
  }

  @Post(':taskId/delegate')
  @HttpCode(200)
  @Roles(...WORKERS)
  @ApiOperation({ summary: 'Ủy quyền xử lý (người ủy quyền vẫn là chủ việc)' })
  delegate(
    @Param('taskId') taskId: string,
    @Body() dto: DelegateDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    return accepted(
      res,
      this.commands.executeOnTask(
        taskId,
        'DelegateTask',
        { type: 'DelegateTask', taskId, to: dto.to },
        a,
        correlation(res),
      ),
    );
  }

  @Post(':taskId/complete')
  @HttpCode(200)
  @Roles(...WORKERS)
  @ApiOperation({ summary: 'Hoàn thành việc = thao tác tương ứng trên hồ sơ (thẩm định, bỏ phiếu, ký…)' })
  async complete(
    @Param('taskId') taskId: string,
    @Body() body: Record<string, unknown>,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    const [task] = (await this.db.query(
      `SELECT nomination_id, task_type, slot FROM tasks WHERE task_id = $1 AND status = 'OPEN'`,
      [taskId],
    )) as { nomination_id: string; task_type: TaskType; slot: string }[];
    if (!task) throw taskNotFound(taskId);
    const done = await completionFor(task.task_type, task.slot, body);
    if (done.vote) {
      const view = await this.reads.get(task.nomination_id, a);
      done.command = {
        type: 'CastVote',
        sealedChoice: this.sealer.seal(view.state.ballot?.open ? view.state.ballot.ballotId : undefined, done.vote),
      };
    }
    return accepted(res, this.commands.execute(task.nomination_id, done.type, done.command, a, correlation(res)));
  }
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
