import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { checkRuleSet, describePrerequisite, isCivilDate, toCivilDate, type Actor, type RuleSet } from '@khen/domain';
import { RuleStore } from '@khen/projections';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { BoundedIntPipe, PG_INT_MAX } from '../problem/edge-validation';
import { ProblemException } from '../problem/problem.exception';
import { ruleSetSchema } from './rule-set.schema';

/** The law as versioned data: read by everyone signed in, published by administrators. */
@ApiTags('rules')
@ApiBearerAuth()
@Controller('rules')
export class RulesController {
  private readonly store: RuleStore;

  constructor(db: DataSource) {
    this.store = new RuleStore(db.manager);
  }

  @Get('current')
  @ApiOperation({ summary: 'Bộ quy tắc đang có hiệu lực (hoặc vào ngày ?date=yyyy-MM-dd), kèm mô tả điều kiện' })
  async current(@Query('date') date?: string) {
    const day = date ?? toCivilDate(new Date());
    if (!isCivilDate(day))
      throw new ProblemException(400, 'INVALID_DATE', 'Ngày không hợp lệ (yyyy-MM-dd).', 'Invalid date (yyyy-MM-dd).', {
        field: 'date',
      });
    const ruleSet = await this.store.inForce(day);
    if (!ruleSet)
      throw new ProblemException(
        404,
        'NO_RULES_IN_FORCE',
        `Không có bộ quy tắc nào có hiệu lực vào ngày ${day}.`,
        `No rule set in force on ${day}.`,
        { field: 'date' },
      );
    return withDescriptions(ruleSet, Number(day.slice(0, 4)));
  }

  @Get()
  @ApiOperation({ summary: 'Các phiên bản đã ban hành' })
  list() {
    return this.store.list();
  }

  @Get(':version')
  async get(@Param('version', new BoundedIntPipe(1, PG_INT_MAX)) version: number) {
    const ruleSet = await this.store.get(version);
    if (!ruleSet)
      throw new ProblemException(
        404,
        'RULE_SET_NOT_FOUND',
        `Không có phiên bản ${version}.`,
        `No version ${version}.`,
        { field: 'version' },
      );
    return ruleSet;
  }

  @Post()
  @HttpCode(201)
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Ban hành phiên bản mới (không sửa phiên bản cũ; hồ sơ đã tiếp nhận giữ quy tắc cũ)' })
  @ApiBody({ description: 'Toàn bộ văn bản quy tắc, như GET /rules/current trả về (không có version)' })
  async publish(@Body() body: unknown, @CurrentActor() a: Actor) {
    const parsed = ruleSetSchema.safeParse(stripDescriptions(body));
    if (!parsed.success) {
      const errors = parsed.error.issues.slice(0, 20).map((i) => ({
        field: i.path.join('.'),
        reason: `${i.path.join('.')}: không hợp lệ (${i.message})`,
        reasonEn: i.message,
      }));
      throw new ProblemException(
        400,
        'VALIDATION_FAILED',
        `Văn bản quy tắc không hợp lệ: ${errors.map((e) => e.field).join(', ')}.`,
        'Invalid rule document.',
        { field: errors[0]?.field, errors },
      );
    }
    const doc = parsed.data as Omit<RuleSet, 'version'>;
    const problems = checkRuleSet({ ...doc, version: 0 });
    if (problems.length) {
      throw new ProblemException(
        422,
        'RULE_SET_INVALID',
        `Văn bản quy tắc có lỗi: ${problems.map((p) => `${p.field}: ${p.reasonVi}`).join('; ')}.`,
        `The rule document has problems: ${problems.map((p) => `${p.field}: ${p.reasonEn}`).join('; ')}.`,
        {
          field: problems[0].field,
          errors: problems.map((p) => ({ field: p.field, reason: p.reasonVi, reasonEn: p.reasonEn })),
        },
      );
    }
    return this.store.publish(doc, a.userId);
  }
}

/** The prerequisites in words, for pages (dropped again when a document is published back). */
function withDescriptions(rs: RuleSet, year: number) {
  return {
    ...rs,
    awards: Object.fromEntries(
      Object.entries(rs.awards).map(([code, a]) => [
        code,
        {
          ...a,
          prerequisiteTexts: a.prerequisites.map((p) => describePrerequisite(p, rs.awards, year)),
        },
      ]),
    ),
  };
}

function stripDescriptions(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  const { version: _v, ...doc } = body as { version?: unknown; awards?: Record<string, object> };
  if (!doc.awards || typeof doc.awards !== 'object') return doc;
  return {
    ...doc,
    awards: Object.fromEntries(
      Object.entries(doc.awards).map(([k, a]) => {
        const { prerequisiteTexts: _t, ...rest } = a as { prerequisiteTexts?: unknown };
        return [k, rest];
      }),
    ),
  };
}
