import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { problem } from '../problem/problem.exception';
import type { InboxQueryDto } from './inbox.query';

export type SavedQuery = Omit<InboxQueryDto, 'cursor' | 'view'>;

/** A user's saved inbox filters (preferences, not case data: written directly). */
@Injectable()
export class SavedViews {
  constructor(private readonly db: DataSource) {}

  async list(userId: string): Promise<{ name: string; query: SavedQuery }[]> {
    return this.db.query(`SELECT name, query FROM saved_views WHERE user_id = $1 ORDER BY name`, [userId]);
  }

  async get(userId: string, name: string): Promise<SavedQuery> {
    const [row] = (await this.db.query(`SELECT query FROM saved_views WHERE user_id = $1 AND name = $2`, [
      userId,
      name,
    ])) as { query: SavedQuery }[];
    if (!row) throw problem('VIEW_NOT_FOUND', { name });
    return row.query;
  }

  async save(userId: string, name: string, query: SavedQuery): Promise<void> {
    await this.db.query(
      `INSERT INTO saved_views (user_id, name, query, created_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (user_id, name) DO UPDATE SET query = EXCLUDED.query`,
      [userId, name, JSON.stringify(query)],
    );
  }

  async remove(userId: string, name: string): Promise<void> {
    await this.db.query(`DELETE FROM saved_views WHERE user_id = $1 AND name = $2`, [userId, name]);
  }
}
