import { z } from 'zod';

const MB = 1048576;
const schema = z.object({
  /** The largest file one upload takes, in MB (2^20 bytes). */
  KHEN_MAX_FILE_MB: z.coerce.number().positive().max(1024).default(20),
  /** The most a dossier's files may come to together, in MB. */
  KHEN_MAX_DOSSIER_MB: z.coerce.number().positive().max(10240).default(100),
});

export interface DocumentLimits {
  maxFileBytes: number;
  maxDossierBytes: number;
}

/** The size limits of dossier files, the same for the API (uploads) and the worker (the dossier's total). */
export function loadDocumentLimits(env: NodeJS.ProcessEnv = process.env): DocumentLimits {
  const c = schema.parse(env);
  return { maxFileBytes: Math.floor(c.KHEN_MAX_FILE_MB * MB), maxDossierBytes: Math.floor(c.KHEN_MAX_DOSSIER_MB * MB) };
}
