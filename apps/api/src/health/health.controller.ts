import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator';
import { HealthCheck } from './health.check';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly check: HealthCheck) {}

  @Public()
  @Get()
  async health() {
    await this.check.database();
    return { status: 'ok' };
  }
}
