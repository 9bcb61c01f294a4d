import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { checkRuleSet, describePrerequisite, refuse, toCivilDate, type RuleSet } from '@khen/domain';
import { RuleStore } from '@khen/projections';
import { problem, ProblemException } from '../problem/problem.exception';
import { isStorableDay } from '../problem/edge-validation';
import { fieldRefused } from '../problem/validation-messages';
import { ruleSetSchema } from './rule-set.schema';

/** The law as versioned data: the version in force on a day, each version, publishing a new one. */
@Injectable()
export class RulesService {
  private readonly store: RuleStore;

  constructor(db: DataSource) {
    this.store = new RuleStore(db.manager);
  }

  async current(date?: string) {
    const day = date ?? toCivilDate(new Date());
    if (!isStorableDay(day))
      throw fieldRefused('date', 'phải là ngày có thật (yyyy-MM-dd)', 'date must be a real day (yyyy-MM-dd)');
    const ruleSet = await this.store.inForce(day);
    if (!ruleSet) throw ProblemException.fromRefusal(refuse.noRulesInForce(day));
    return withDescriptions(ruleSet, Number(day.slice(0, 4)));
  }

  list() {
    return this.store.list();
  }

  async get(version: number) {
    const ruleSet = await this.store.get(version);
    if (!ruleSet) throw problem('RULE_SET_NOT_FOUND', { version });
    return ruleSet;
  }

  async publish(body: unknown, publishedBy: string) {
    const parsed = ruleSetSchema.safeParse(stripDescriptions(body));
    if (!parsed.success) {
      const errors = parsed.error.issues.slice(0, 20).map((i) => ({
        field: i.path.join('.'),
        reason: `${i.path.join('.')}: không hợp lệ (${i.message})`,
        reasonEn: i.message,
      }));
      throw problem('VALIDATION_FAILED', { errors, of: 'RULE_DOCUMENT' });
    }
    const doc = parsed.data as Omit<RuleSet, 'version'>;
    const problems = checkRuleSet({ ...doc, version: 0 });
    if (problems.length)
      throw problem('RULE_SET_INVALID', {
        errors: problems.map((p) => ({ field: p.field, reason: p.reasonVi, reasonEn: p.reasonEn })),
      });
    return this.store.publish(doc, publishedBy);
  }
}

/** The prerequisites in words, for pages (dropped again when a document is published back). */
function withDescriptions(rs: RuleSet, year: number) {
  return {
    ...rs,
    awards: Object.fromEntries(
      Object.entries(rs.awards).map(([code, a]) => [
        code,
        { ...a, prerequisiteTexts: a.prerequisites.map((p) => describePrerequisite(p, rs.awards, year)) },
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
