import { applyDecorators, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

/** A controller of routes that need a bearer token (unless a route says @Public()), under an OpenAPI tag. */
export const SignedIn = (tag: string, path?: string) =>
  applyDecorators(ApiTags(tag), ApiBearerAuth(), path === undefined ? Controller() : Controller(path));
