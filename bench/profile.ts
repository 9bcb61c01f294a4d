import { summarize } from './lib/profile-summary';

/** `node dist/bench/profile.js FILE.cpuprofile…`: where a profiled service spent its CPU. */
for (const file of process.argv.slice(2))
  console.log(JSON.stringify(summarize(file, Number(process.env.TOP ?? 20)), null, 1));
