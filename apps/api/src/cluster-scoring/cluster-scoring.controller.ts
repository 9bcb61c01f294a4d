import {
  applyDecorators,
  Body,
  Get,
  HttpCode,
  Injectable,
  Param,
  Post,
  Put,
  UseInterceptors,
  type PipeTransform,
} from '@nestjs/common';
import { ApiHeader, ApiOperation } from '@nestjs/swagger';
import { RECORD_CODE, refusal } from '@khen/domain';
import { Roles } from '../auth/roles.decorator';
import { Caller, CaseHttpInterceptor } from '../http/case-http';
import { Answers, PathParam, Refuses } from '../http/openapi';
import { SignedIn } from '../http/signed-in';
import { ProblemException } from '../problem/problem.exception';
import { AdjustScoreDto, FlagNominationDto, RankingVoteDto, SelfScoreDto } from './cluster-scoring.dto';
import { ClusterScoringService } from './cluster-scoring.service';

/**
 * A record's code in a path (a cluster, a campaign, a unit, a criterion). The directory's codes are upper-case
 * letters, digits and hyphens: anything else names no record, so it is not found (404), like an unknown code.
 */
const CODE_NAMES: Record<string, [string, string]> = {
  clusterId: ['cụm, khối thi đua', 'cluster or bloc'],
  campaignId: ['đợt thi đua', 'campaign'],
  unitId: ['đơn vị', 'unit'],
  criterionId: ['tiêu chí', 'criterion'],
};
@Injectable()
class CodePipe implements PipeTransform<string, string> {
  transform(value: string, meta: { data?: string }): string {
    if (typeof value === 'string' && value.length <= 64 && RECORD_CODE.test(value)) return value;
    const field = meta.data ?? 'code';
    const [vi, en] = CODE_NAMES[field] ?? ['mã', 'record'];
    throw ProblemException.fromRefusal(
      refusal('SCORING_NOT_FOUND', `Không có ${vi} mang mã này.`, `No ${en} has this code.`, { field }),
    );
  }
}
const Code = new CodePipe();
const CODE_SCHEMA = { type: 'string', pattern: RECORD_CODE.source, maxLength: 64 };

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'Phiên bản (ETag) đã đọc, ví dụ "3"; 412 nếu đã có người thay đổi',
  schema: { type: 'string', pattern: '^\\s*(\\*|(W/)?"?[0-9]{1,9}"?)?\\s*$' },
};

const RANKED = {
  type: 'object',
  required: ['unitId', 'score', 'rank'],
  properties: { unitId: { type: 'string' }, score: { type: 'number' }, rank: { type: 'integer' } },
};
/** A cluster's scoring for a campaign: criteria, members, sheets, the leader's adjustments, the ballot, the result. */
const SCORING = {
  type: 'object',
  required: ['clusterId', 'campaignId', 'year', 'status', 'version', 'criteria', 'members', 'sheets', 'adjustments'],
  properties: {
    clusterId: { type: 'string' },
    campaignId: { type: 'string' },
    year: { type: 'integer' },
    status: { type: 'string', enum: ['NOT_STARTED', 'SCORING', 'VOTING', 'RECORDED'] },
    version: { type: 'integer' },
    criteria: {
      type: 'array',
      items: {
        type: 'object',
        required: ['criterionId', 'name', 'weight', 'maxPoints'],
        properties: {
          criterionId: { type: 'string' },
          name: { type: 'string' },
          weight: { type: 'number' },
          maxPoints: { type: 'number' },
          evidence: { type: 'string' },
        },
      },
    },
    members: { type: 'array', items: { type: 'string' } },
    leaderId: { type: 'string', nullable: true },
    sheets: { type: 'object', additionalProperties: { type: 'object' } },
    adjustments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['unitId', 'criterionId', 'from', 'to', 'reason', 'by', 'on'],
        properties: {
          unitId: { type: 'string' },
          criterionId: { type: 'string' },
          from: { type: 'number' },
          to: { type: 'number' },
          reason: { type: 'string' },
          by: { type: 'string' },
          on: { type: 'string', format: 'date' },
        },
      },
    },
    rejectedBallots: { type: 'integer' },
    ballot: {
      type: 'object',
      required: ['ballotId', 'ranking', 'voters', 'recused', 'voted'],
      properties: {
        ballotId: { type: 'string' },
        ranking: { type: 'array', items: RANKED },
        voters: { type: 'array', items: { type: 'string' } },
        recused: { type: 'array', items: { type: 'string' } },
        voted: { type: 'array', items: { type: 'string' } },
        openedOn: { type: 'string', format: 'date' },
      },
    },
    result: {
      type: 'object',
      required: ['ranking', 'tally', 'recordedOn'],
      properties: {
        ballotId: { type: 'string' },
        ranking: { type: 'array', items: RANKED },
        tally: { type: 'object' },
        sealed: { type: 'array', items: { type: 'string' } },
        recordedOn: { type: 'string', format: 'date' },
        recordedBy: { type: 'string' },
      },
    },
  },
};

const Params = (...names: string[]) =>
  applyDecorators(
    ...names.map((n) =>
      PathParam(
        n,
        CODE_SCHEMA,
        { clusterId: 'Mã cụm, khối', campaignId: 'Mã đợt thi đua', unitId: 'Mã đơn vị', criterionId: 'Mã tiêu chí' }[n],
      ),
    ),
  );

/** A command of the scoring: a unit officer's (the unit's own, or the leader's), If-Match honoured, the scoring answered. */
const Command = (method: 'post' | 'put', path: string, summary: string, params: string[]) =>
  applyDecorators(
    { post: Post, put: Put }[method](path),
    HttpCode(200),
    Roles('UNIT_OFFICER'),
    ApiOperation({ summary }),
    ApiHeader(IF_MATCH),
    Params(...params),
    Answers(200, SCORING, 'Bảng chấm điểm sau thay đổi; ETag = phiên bản mới'),
    Refuses(403, 404, 409, 412, 422),
    UseInterceptors(CaseHttpInterceptor),
  );

const BASE = ':clusterId/:campaignId';

/**
 * Cluster and bloc scoring (chấm điểm thi đua cụm, khối; docs/cluster-scoring.md): each member unit scores itself
 * on the campaign's criteria with evidence, the leading unit reviews and adjusts with a reason, the members vote
 * the ranking by secret ballot, and the result is the rank eligibility reads. Everyone signed in reads it.
 */
@SignedIn('cluster-scoring', 'cluster-scoring')
export class ClusterScoringController {
  constructor(private readonly scoring: ClusterScoringService) {}

  @Get(BASE)
  @ApiOperation({ summary: 'Bảng chấm điểm của cụm, khối trong một đợt thi đua (tiêu chí, điểm, bỏ phiếu, kết quả)' })
  @Params('clusterId', 'campaignId')
  @Answers(200, SCORING, 'Bảng chấm điểm; ETag = phiên bản')
  @Refuses(404)
  @UseInterceptors(CaseHttpInterceptor)
  view(@Param('clusterId', Code) clusterId: string, @Param('campaignId', Code) campaignId: string) {
    return this.scoring.view(clusterId, campaignId);
  }

  @Command('put', `${BASE}/sheets/:unitId/scores/:criterionId`, 'Đơn vị tự chấm điểm một tiêu chí, kèm minh chứng', [
    'clusterId',
    'campaignId',
    'unitId',
    'criterionId',
  ])
  score(
    @Param('clusterId', Code) clusterId: string,
    @Param('campaignId', Code) campaignId: string,
    @Param('unitId', Code) unitId: string,
    @Param('criterionId', Code) criterionId: string,
    @Body() dto: SelfScoreDto,
    @Caller() c: Caller,
  ) {
    return this.scoring.score(clusterId, campaignId, unitId, criterionId, dto, c);
  }

  @Command('post', `${BASE}/sheets/:unitId/submit`, 'Đơn vị gửi bảng tự chấm điểm cho đơn vị trưởng cụm, khối', [
    'clusterId',
    'campaignId',
    'unitId',
  ])
  submit(
    @Param('clusterId', Code) clusterId: string,
    @Param('campaignId', Code) campaignId: string,
    @Param('unitId', Code) unitId: string,
    @Caller() c: Caller,
  ) {
    return this.scoring.submit(clusterId, campaignId, unitId, c);
  }

  @Command('post', `${BASE}/sheets/:unitId/adjustments`, 'Trưởng cụm, khối điều chỉnh điểm một tiêu chí (có lý do)', [
    'clusterId',
    'campaignId',
    'unitId',
  ])
  adjust(
    @Param('clusterId', Code) clusterId: string,
    @Param('campaignId', Code) campaignId: string,
    @Param('unitId', Code) unitId: string,
    @Body() dto: AdjustScoreDto,
    @Caller() c: Caller,
  ) {
    return this.scoring.adjust(clusterId, campaignId, unitId, dto, c);
  }

  @Command('post', `${BASE}/ballot`, 'Trưởng cụm, khối đưa bảng xếp hạng ra các đơn vị bỏ phiếu kín', [
    'clusterId',
    'campaignId',
  ])
  openBallot(
    @Param('clusterId', Code) clusterId: string,
    @Param('campaignId', Code) campaignId: string,
    @Caller() c: Caller,
  ) {
    return this.scoring.openBallot(clusterId, campaignId, c);
  }

  @Command('post', `${BASE}/ballot/votes`, 'Đại diện đơn vị thành viên bỏ phiếu kín về bảng xếp hạng', [
    'clusterId',
    'campaignId',
  ])
  vote(
    @Param('clusterId', Code) clusterId: string,
    @Param('campaignId', Code) campaignId: string,
    @Body() dto: RankingVoteDto,
    @Caller() c: Caller,
  ) {
    return this.scoring.vote(clusterId, campaignId, dto, c);
  }

  @Command('post', `${BASE}/ballot/close`, 'Trưởng cụm, khối kết thúc bỏ phiếu: kiểm phiếu và ghi nhận kết quả', [
    'clusterId',
    'campaignId',
  ])
  closeBallot(
    @Param('clusterId', Code) clusterId: string,
    @Param('campaignId', Code) campaignId: string,
    @Caller() c: Caller,
  ) {
    return this.scoring.closeBallot(clusterId, campaignId, c);
  }

  @Post(`${BASE}/flag-nomination`)
  @HttpCode(201)
  @Roles('UNIT_OFFICER')
  @ApiOperation({ summary: 'Trưởng cụm, khối lập dự thảo hồ sơ đề nghị Cờ thi đua cho đơn vị dẫn đầu, từ kết quả' })
  @Params('clusterId', 'campaignId')
  @Answers(201, { type: 'object', required: ['nominationId'] }, 'Hồ sơ dự thảo (hoặc mã hồ sơ khi chưa đọc được)')
  @Refuses(403, 404, 409, 422)
  @UseInterceptors(CaseHttpInterceptor)
  draftFlag(
    @Param('clusterId', Code) clusterId: string,
    @Param('campaignId', Code) campaignId: string,
    @Body() dto: FlagNominationDto,
    @Caller() c: Caller,
  ) {
    return this.scoring.draftFlag(clusterId, campaignId, dto, c);
  }
}
