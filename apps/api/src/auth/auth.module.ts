import { Module } from '@nestjs/common';
import { AuthConfigController } from './auth-config.controller';

/** Sign-in settings for the pages (the guard and the token service are global, in the core module). */
@Module({ controllers: [AuthConfigController] })
export class AuthModule {}
