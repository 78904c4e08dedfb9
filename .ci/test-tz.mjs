#!/usr/bin/env node
// Runs the whole suite under each of the four time zones the library must not depend on.
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'Asia/Tehran', 'America/Los_Angeles', 'Pacific/Kiritimati'];
let failed = 0;
for (const tz of zones) {
  process.stdout.write(`\n== TZ=${tz}\n`);
  const r = spawnSync('npx', ['vitest', 'run', '--config', 'test/vitest.config.ts'], { stdio: 'inherit', env: { ...process.env, TZ: tz } });
  if (r.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
