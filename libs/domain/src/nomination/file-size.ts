/** "20 MB", "0,5 MB", "104,2 MB": megabytes (2^20 bytes) with a decimal comma, as the messages say them. */
export function formatMegabytes(bytes: number): string {
  const mb = Math.round((bytes / 1048576) * 10) / 10;
  return `${String(mb).replace('.', ',')} MB`;
}

/** The same in English: "20 MB", "0.5 MB". */
export function formatMegabytesEn(bytes: number): string {
  return `${Math.round((bytes / 1048576) * 10) / 10} MB`;
}
