import 'reflect-metadata';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES } from '@khen/projections';
import { check, EXIT, exportOne, history, rebuild, reconcile, verify, verifyExport, type Output } from './commands';
import { resume } from './resume';

const HELP = `khen — công cụ vận hành Khen (operator CLI)

Cách dùng / usage:  npm run khen -- <lệnh> [tham số] [--json]

  history <id>              Dòng thời gian của hồ sơ: ai, khi nào, vì sao; thời gian các giai đoạn
  verify [id]               Kiểm tra chuỗi băm của một hồ sơ hoặc toàn bộ kho sự kiện
  rebuild <projection>      Dựng lại read model từ kho sự kiện vào bảng mới rồi chuyển sang (cases, bulk, directory, initiatives, registrations)
  check                     Gấp lại sự kiện và so sánh với mọi read model
  reconcile [id...]         So sánh hồ sơ đang mở (hoặc các hồ sơ đã cho) với workflow Temporal
  resume [id...]            Khởi động lại từ kho sự kiện quy trình mà Temporal đã mất của hồ sơ đang mở
  export <id> [--out FILE]  Xuất hồ sơ kèm chuỗi băm, có chữ ký Ed25519
  verify-export <FILE> [--public-key PEM]
                            Kiểm tra độc lập một bản xuất (không cần cơ sở dữ liệu)

Tuỳ chọn: --json  kết quả dạng JSON trên stdout;  --help  trợ giúp này
Mã thoát / exit codes: 0 tốt; 1 phát hiện vấn đề; 2 sai cách dùng; 3 lỗi khi chạy
Kết nối: DATABASE_URL hoặc PG*; TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE (như API và worker).`;

async function main(argv: string[]): Promise<number> {
  const flags = new Map<string, string | true>();
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json' || a === '--help' || a === '-h') flags.set(a.replace(/^-+/, ''), true);
    else if (a === '--out' || a === '--public-key') flags.set(a.slice(2), argv[++i] ?? '');
    else if (a.startsWith('-')) {
      console.error(`Tuỳ chọn không rõ: ${a}\n\n${HELP}`);
      return EXIT.USAGE;
    } else args.push(a);
  }
  const [command, arg] = args;
  const wantsHelp = flags.has('help') || flags.has('h');
  if (!command || wantsHelp) {
    console.log(HELP);
    return wantsHelp ? EXIT.OK : EXIT.USAGE;
  }
  const out: Output = { json: flags.has('json'), print: (t) => console.log(t) };
  if (command === 'verify-export') {
    if (!arg) {
      console.error('Cần đường dẫn tệp xuất.');
      return EXIT.USAGE;
    }
    return verifyExport(arg, flags.get('public-key') as string | undefined, out);
  }
  const known = ['history', 'verify', 'rebuild', 'check', 'reconcile', 'resume', 'export'];
  if (!known.includes(command)) {
    console.error(`Lệnh không rõ: ${command}\n\n${HELP}`);
    return EXIT.USAGE;
  }
  if ((command === 'history' || command === 'export') && !arg) {
    console.error(`Lệnh ${command} cần mã hồ sơ.`);
    return EXIT.USAGE;
  }
  const ds = createDataSource(loadDatabaseConfig(), { entities: READ_MODEL_ENTITIES });
  await ds.initialize();
  try {
    switch (command) {
      case 'history':
        return await history(ds, arg, out);
      case 'verify':
        return await verify(ds, arg, out);
      case 'rebuild':
        return await rebuild(ds, arg, out);
      case 'check':
        return await check(ds, out);
      case 'reconcile':
        return await reconcile(ds, args.slice(1), out);
      case 'resume':
        return await resume(ds, args.slice(1), out);
      default:
        return await exportOne(ds, arg, flags.get('out') as string | undefined, out);
    }
  } finally {
    await ds.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`Lỗi: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(EXIT.FAILED);
  },
);
