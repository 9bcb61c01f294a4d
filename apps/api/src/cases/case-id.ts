import { ParseUUIDPipe } from '@nestjs/common';

/** An id in a path that is a v4 UUID (a case, an objection, an upload): 400 otherwise. */
export const Uuid4 = new ParseUUIDPipe({ version: '4' });
/** A case id in a path, as the API files them. */
export const CaseId = Uuid4;
