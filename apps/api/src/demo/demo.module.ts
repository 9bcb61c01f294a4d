import { Module } from '@nestjs/common';
import { DemoController } from './demo.controller';

/** Sign-in for the demo pages (404 in production). */
@Module({ controllers: [DemoController] })
export class DemoModule {}
