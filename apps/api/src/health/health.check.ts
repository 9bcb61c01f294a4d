import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Whether the API can reach what it reads from (a PostgreSQL that does not answer: 503). */
@Injectable()
export class HealthCheck {
  constructor(private readonly db: DataSource) {}

  async database(): Promise<void> {
    await this.db.query('SELECT 1');
  }
}
