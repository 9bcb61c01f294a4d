import { entry } from './entry';

/** Refusals of the directory's administration beyond the deciders' own (libs/domain/src/directory). */
export const DIRECTORY_EDGE_REFUSALS = {
  DIRECTORY_RECORD_CHANGED: entry<{ version: number }>(412, ({ version }) => ({
    vi: `Bản ghi danh mục đã được người khác thay đổi (phiên bản hiện tại ${version}); vui lòng tải lại rồi sửa.`,
    en: `The directory record changed meanwhile (current version ${version}); reload it and edit again.`,
    field: 'If-Match',
  })),
};
