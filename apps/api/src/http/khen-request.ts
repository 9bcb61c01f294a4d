import type { Request } from 'express';
import type { Actor } from '@khen/domain';

/** A request as the API's edge sees it: who sends it (set by the auth guard) and its correlation id. */
export interface KhenRequest extends Request {
  /** The verified caller; set as soon as the token is verified, also when the route then refuses the role. */
  actor?: Actor;
  /** Every seat the caller holds today (token and directory), `actor` being the one acted as. */
  seats?: Actor[];
  /** The client's x-correlation-id when well-formed, else one of ours (set first, for every request). */
  correlationId?: string;
}
