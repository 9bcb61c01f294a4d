export * from './certificates';
export * from './dates';
export * from './docx';
export * from './draft-model';
export * from './layout';
export * from './pdf';
export * from './seed-templates';
