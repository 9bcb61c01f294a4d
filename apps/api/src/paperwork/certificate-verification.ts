import { Injectable } from '@nestjs/common';
import { problem } from '../problem/problem.exception';
import { CERTIFICATE_CODE, certificateCode } from './drafting';
import { PaperworkSources } from './paperwork.sources';

export const VERIFICATION_SCHEMA = {
  type: 'object',
  required: ['code', 'nominationId', 'nomineeName', 'awardName', 'decisionNumber', 'decisionDate', 'signerName'],
  properties: {
    code: { type: 'string' },
    nominationId: { type: 'string' },
    nomineeName: { type: 'string' },
    position: { type: 'string', nullable: true },
    unitName: { type: 'string' },
    awardCode: { type: 'string' },
    awardName: { type: 'string' },
    decisionNumber: { type: 'string' },
    decisionDate: { type: 'string' },
    signerName: { type: 'string' },
  },
};

/** What the public learns from a certificate's code: whose award it is, and by which decision. */
@Injectable()
export class CertificateVerification {
  constructor(private readonly sources: PaperworkSources) {}

  async verify(code: string) {
    const normal = code.trim().toUpperCase();
    if (!CERTIFICATE_CODE.test(normal)) throw problem('CERTIFICATE_CODE_UNKNOWN');
    const state = await this.sources.awardByCode(normal, certificateCode);
    if (!state?.decision || !state.nominee) throw problem('CERTIFICATE_CODE_UNKNOWN');
    const dir = (await this.sources.directory([]))();
    return {
      code: normal,
      nominationId: state.nominationId,
      nomineeName: state.nominee.name,
      position: state.nominee.position ?? null,
      unitName: dir.unitName(state.unitId),
      awardCode: state.awardCode,
      awardName: state.rules?.award.nameVi ?? state.awardCode,
      decisionNumber: state.decision.decisionNumber,
      decisionDate: state.decision.decisionDate,
      signerName: state.decision.signerName,
    };
  }
}
