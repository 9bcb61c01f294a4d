import { entry } from './entry';

/** Refusals of cluster and bloc scoring beyond its decider's own (libs/domain/src/cluster-scoring). */
export const SCORING_EDGE_REFUSALS = {
  SCORING_CHANGED: entry<{ version: number }>(412, ({ version }) => ({
    vi: `Bảng chấm điểm của cụm, khối đã được người khác thay đổi (phiên bản hiện tại ${version}); vui lòng tải lại.`,
    en: `The cluster's scoring changed meanwhile (current version ${version}); reload it.`,
    field: 'If-Match',
  })),
};
