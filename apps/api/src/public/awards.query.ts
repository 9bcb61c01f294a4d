import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { certificateCode, verifyPath } from '../paperwork/drafting/certificates';
import type { HonourRollQueryDto } from './honour-roll.dto';

const MARKED = 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ';
const PLAIN = 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';
const MARKED_ALL = MARKED + MARKED.toLocaleUpperCase('vi');
const PLAIN_ALL = PLAIN + PLAIN;

/** Text as the search compares it: lower case, Vietnamese marks dropped ("Nguyễn" matches "nguyen"). */
export const searchFold = (s: string) =>
  [...s.normalize('NFC').toLocaleLowerCase('vi')].map((c) => PLAIN[MARKED.indexOf(c)] ?? c).join('');
const folded = (sql: string) => `lower(translate(${sql}, '${MARKED_ALL}', '${PLAIN_ALL}'))`;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The longest achievement text the honour roll shows (the short summary filed with the dossier). */
export const PUBLIC_SUMMARY_CHARS = 600;

/**
 * The honour roll (bảng vinh danh): the awards decided in Khen, as anyone may read them — who, which
 * unit, what, by which decision, the short achievement text, the signed copy. Never a nominee's
 * identifier, a ballot or an objection.
 */
@Injectable()
export class AwardsQuery {
  constructor(private readonly db: DataSource) {}

  async search(q: HonourRollQueryDto = {}) {
    const args: unknown[] = [];
    const where = [`n.outcome = 'AWARDED'`];
    const arg = (v: unknown) => {
      args.push(v);
      return `$${args.length}`;
    };
    if (q.q?.trim()) {
      const like = arg(`%${escapeLike(searchFold(q.q.trim()))}%`);
      where.push(
        `(${[
          `n.nominee_name`,
          `coalesce(u.name, n.unit_id)`,
          `coalesce(n.state->'rules'->'award'->>'nameVi', '')`,
          `n.award_code`,
        ]
          .map((c) => `${folded(c)} LIKE ${like}`)
          .join(' OR ')})`,
      );
    }
    if (q.year !== undefined) where.push(`n.year = ${arg(q.year)}`);
    if (q.award) where.push(`n.award_code = ${arg(q.award)}`);
    if (q.unit) where.push(`n.unit_id = ${arg(q.unit)}`);
    const limit = q.limit ?? 50;
    const offset = q.offset ?? 0;
    const from = `FROM nominations n LEFT JOIN units u ON u.unit_id = n.unit_id WHERE ${where.join(' AND ')}`;
    const rows = (await this.db.query(
      `SELECT n.nomination_id AS "nominationId", n.nominee_name AS "nomineeName", n.state->'nominee'->>'position' AS position,
              n.award_code AS "awardCode", n.state->'rules'->'award'->>'nameVi' AS "awardName",
              coalesce(n.state->'unit'->>'name', u.name, n.unit_id) AS "unitName", n.year,
              n.state->'decision'->>'decisionNumber' AS "decisionNumber", n.state->'decision'->>'decisionDate' AS "decisionDate",
              n.state->'decision'->>'signerName' AS "signerName",
              left(n.state->'achievements'->>'summary', ${PUBLIC_SUMMARY_CHARS}) AS "achievementSummary",
              (n.state->'decision'->'signedDocument'->>'sha256') IS NOT NULL AS signed
       ${from} ORDER BY n.state->'decision'->>'decisionDate' DESC, n.nominee_name, n.nomination_id LIMIT ${limit} OFFSET ${offset}`,
      args,
    )) as ({ nominationId: string; signed: boolean } & Record<string, unknown>)[];
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total ${from}`, args)) as { total: number }[];
    return {
      items: rows.map(({ signed, ...r }) => ({
        ...r,
        decisionUrl: signed ? `/api/public/awards/${r.nominationId}/decision` : null,
        // The code printed on the award's certificate, and the public page that verifies it (its QR code).
        certificateCode: certificateCode(r.nominationId),
        verifyUrl: verifyPath(certificateCode(r.nominationId)),
      })),
      total,
      limit,
      offset,
    };
  }
}
