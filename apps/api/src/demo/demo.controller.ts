import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator';
import { TokenService } from '../auth/token.service';
import { API_CONFIG, ApiConfig } from '../config/api.config';
import { problem } from '../problem/problem.exception';
import { DEMO_USERS } from './demo-users';

/** Sign-in for the demo pages: the demo users' tokens. Never served in production (404 there). */
@ApiTags('demo')
@Controller('demo')
export class DemoController {
  private tokens?: Promise<{ key: string; userId: string; role: string; displayName?: string; token: string }[]>;

  constructor(
    private readonly signer: TokenService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Public()
  @Get('tokens')
  @ApiOperation({ summary: 'Mã truy cập của người dùng thử (chỉ môi trường thử nghiệm)' })
  async list() {
    if (!this.config.demo) throw problem('NOT_FOUND', { detail: 'Not found.' });
    this.tokens ??= Promise.all(
      Object.entries(DEMO_USERS).map(async ([key, a]) => ({
        key,
        userId: a.userId,
        role: a.role,
        displayName: a.displayName,
        token: await this.signer.sign(a),
      })),
    );
    return { users: await this.tokens };
  }
}
