import { entry } from './entry';

/** Refusals of registration (đăng ký thi đua) beyond its decider's own (libs/domain/src/campaigns). */
export const CAMPAIGN_EDGE_REFUSALS = {
  REGISTRATIONS_CHANGED: entry<{ version: number }>(412, ({ version }) => ({
    vi: `Đăng ký thi đua của đơn vị đã được người khác thay đổi (phiên bản hiện tại ${version}); vui lòng tải lại.`,
    en: `The unit's registrations changed meanwhile (current version ${version}); reload them.`,
    field: 'If-Match',
  })),
};
