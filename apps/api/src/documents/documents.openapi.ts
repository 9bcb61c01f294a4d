import { applyDecorators, Header } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiResponse } from '@nestjs/swagger';
import { FILE_TYPES } from '@khen/projections';
import { FileBody, PROBLEM_SCHEMA } from '../http/openapi';
import { FILE_HEADERS } from './file-response';

export { PROBLEM_SCHEMA };

export const refusals = (...statuses: [number, string][]) =>
  statuses.map(([status, description]) =>
    ApiResponse({ status, description, content: { 'application/problem+json': { schema: PROBLEM_SCHEMA } } }),
  );

const STORED_SCHEMA = {
  type: 'object',
  required: ['sha256', 'size', 'mediaType', 'fileName', 'duplicate'],
  properties: {
    sha256: { type: 'string', pattern: '^[a-f0-9]{64}$' },
    size: { type: 'integer' },
    mediaType: { type: 'string', enum: Object.values(FILE_TYPES).map((t) => t.mediaType) },
    fileName: { type: 'string' },
    duplicate: { type: 'boolean', description: 'Nội dung đã có sẵn: lưu một lần, chỉ ghi nhận lần tải này' },
  },
};

const uploadForm = (types: string) => ({
  type: 'object',
  required: ['file'],
  additionalProperties: false,
  properties: {
    sha256: {
      type: 'string',
      pattern: '^[a-f0-9]{64}$',
      description: 'SHA-256 tính ở máy người tải (tuỳ chọn): khác nội dung thì không lưu (422)',
    },
    file: { type: 'string', format: 'binary', minLength: 1, description: `${types} (xét theo nội dung)` },
  },
});

/** A multipart upload of one file (`types`, told apart by content): its form, 201 with the stored file, its refusals. */
const upload = (types: string, ...statuses: [number, string][]) =>
  applyDecorators(
    FileBody(),
    ApiConsumes('multipart/form-data'),
    ApiBody({ schema: uploadForm(types) }),
    ApiResponse({ status: 201, description: 'Đã lưu', content: { 'application/json': { schema: STORED_SCHEMA } } }),
    ...refusals(...statuses),
  );

/** A citizen's evidence upload (POST /public/disclosures/{id}/evidence): the same form, PDF/JPG/PNG, 5 MB. */
export const EvidenceUploadDoc = () =>
  upload(
    'PDF, JPG hoặc PNG, tối đa 5 MB',
    [400, 'Biểu mẫu không có tệp, hơn một tệp, tệp rỗng, hoặc tải lên không trọn vẹn'],
    [404, 'Không có hồ sơ này'],
    [409, 'Hồ sơ không trong thời gian công khai lấy ý kiến'],
    [413, 'Tệp vượt 5 MB'],
    [415, 'Không phải multipart/form-data'],
    [422, 'Không phải PDF, JPG hay PNG, hoặc mã SHA-256 không khớp'],
    [429, 'Quá nhiều lần tải lên trong một giờ'],
  );

/** The upload's form and answers, as POST /documents takes and gives them. */
export const UploadDoc = () =>
  upload(
    'PDF, DOCX, XLSX, JPG hoặc PNG',
    [400, 'Biểu mẫu không có tệp, hơn một tệp, tệp rỗng, hoặc tải lên không trọn vẹn'],
    [401, 'Chưa đăng nhập'],
    [403, 'Vai trò không được tải lên'],
    [413, 'Tệp vượt giới hạn mỗi tệp'],
    [415, 'Không phải multipart/form-data'],
    [422, 'Loại tệp không nhận, hoặc mã SHA-256 không khớp'],
  );

/** A file answer: the stored bytes under their sniffed type, with the headers of file-response.ts. */
export const FileDoc = (...errors: [number, string][]) =>
  applyDecorators(
    ...Object.entries(FILE_HEADERS).map(([k, v]) => Header(k, v)),
    ApiProduces(...Object.values(FILE_TYPES).map((t) => t.mediaType)),
    ApiResponse({
      status: 200,
      description: 'Nội dung tệp (PDF và ảnh: inline; DOCX, XLSX: tải về)',
      content: Object.fromEntries(
        Object.values(FILE_TYPES).map((t) => [t.mediaType, { schema: { type: 'string', format: 'binary' } }]),
      ),
    }),
    ...refusals(...errors),
  );

export const LINK_SCHEMA = {
  type: 'object',
  required: ['url', 'expiresAt', 'fileName', 'mediaType', 'size'],
  properties: {
    url: { type: 'string', description: 'Mở được không cần mã truy cập, trong 5 phút' },
    expiresAt: { type: 'string', format: 'date-time' },
    fileName: { type: 'string' },
    mediaType: { type: 'string' },
    size: { type: 'integer' },
  },
};
