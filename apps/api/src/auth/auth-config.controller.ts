import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { API_CONFIG, ApiConfig } from '../config/api.config';
import { Public } from './roles.decorator';

/** What the pages need to sign a person in: the OIDC issuer and client, and whether demo sign-in exists. */
@ApiTags('auth')
@Controller('auth')
export class AuthConfigController {
  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  @Public()
  @Get('config')
  @ApiOperation({ summary: 'Cấu hình đăng nhập OpenID Connect cho trang web (công khai)' })
  settings() {
    const oidc = this.config.oidc;
    return {
      oidc: oidc ? { issuer: oidc.issuer, clientId: oidc.clientId, scope: oidc.scope, audience: oidc.audience } : null,
      /** Demo users' quick sign-in (never in production). */
      demo: this.config.demo,
    };
  }
}
