import { entry } from './entry';

/** Answers for what is not the caller's fault: a part out for a moment, or a bug. */
export const SERVICE_REFUSALS = {
  SERVICE_UNAVAILABLE: entry(503, () => ({
    vi: 'Hệ thống đang tạm gián đoạn, vui lòng thử lại sau ít giây.',
    en: 'The service is briefly unavailable; please retry in a few seconds.',
  })),
  /**
   * The case's read model and its stream disagree (a version gap in the projection): retrying cannot
   * mend it, a rebuild does (docs/architecture.md, "Version gaps"). Nothing was recorded.
   */
  READ_MODEL_OUT_OF_SYNC: entry(500, () => ({
    vi: 'Lỗi hệ thống: dữ liệu tra cứu của hồ sơ cần được đối soát lại; thao tác chưa được ghi nhận. Vui lòng báo quản trị viên.',
    en: "Internal error: the case's read model is out of step with its history; nothing was recorded. Tell an administrator.",
  })),
  INTERNAL_ERROR: entry(500, () => ({
    vi: 'Lỗi hệ thống, vui lòng thử lại sau.',
    en: 'Internal error; please retry later.',
  })),
};
