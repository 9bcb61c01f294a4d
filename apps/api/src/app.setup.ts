import { INestApplication, ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { json } from 'express';
import { randomUUID } from 'node:crypto';
import { ProblemException } from './problem/problem.exception';
import { toFieldErrors } from './problem/validation-messages';

/** Everything main.ts and the tests share: prefix, limits, validation, correlation ids, OpenAPI. */
export function configureApp(app: INestApplication): void {
  app.setGlobalPrefix('api');
  app.use(json({ limit: '256kb' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.header('x-correlation-id');
    res.setHeader('x-correlation-id', given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID());
    next();
  });
  app.useGlobalPipes(new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fieldErrors = toFieldErrors(errors);
      return new ProblemException(400, 'VALIDATION_FAILED',
        `Dữ liệu không hợp lệ: ${fieldErrors.map((e) => e.reason).join('; ')}.`,
        `Invalid input: ${fieldErrors.map((e) => e.reasonEn).join('; ')}.`,
        { field: fieldErrors[0]?.field, errors: fieldErrors });
    },
  }));
  const doc = new DocumentBuilder()
    .setTitle('Khen API')
    .setDescription('Quy trình xét đề nghị thi đua, khen thưởng — nomination approvals')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'api/docs-json' });
}
