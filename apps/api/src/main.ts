import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { loadApiConfig } from './config/api.config';

async function bootstrap(): Promise<void> {
  const config = loadApiConfig();
  const app = await NestFactory.create(AppModule, { bodyParser: false });
  configureApp(app);
  app.enableShutdownHooks();
  await app.listen(config.port, '0.0.0.0');
  Logger.log(`Khen API on :${config.port} (OpenAPI at /api/docs)`, 'Bootstrap');
  if (config.oidc) Logger.log(`sign-in: OpenID Connect issuer ${config.oidc.issuer}`, 'Bootstrap');
  if (config.demo)
    Logger.warn('demo/test tokens (HS256) accepted: never set NODE_ENV=production with this', 'Bootstrap');
}

bootstrap().catch((err) => {
  Logger.error(err instanceof Error ? err.stack : String(err), 'Bootstrap');
  process.exit(1);
});
