// `npm run cms`: the CMS on this computer. decap-server (git mode, so the editorial workflow with
// cms/… branches works as on GitHub) and the dev server, which passes /api/v1 on to it.
import { execFileSync, spawn } from 'node:child_process';
import { startDecapServer } from './lib/decap-server.ts';

const repo = process.cwd();
// decap-server commits with "git add .": anything not yet committed would end up in the editor's change.
const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }).trim();
if (dirty) {
  console.error(
    'Er zijn wijzigingen die nog niet vastgelegd zijn (git status). Het beheerscherm zou ze mee opnemen in ' +
      'de eerste wijziging die u opslaat. Leg ze eerst vast (git commit) of zet ze opzij (git stash), en start opnieuw.',
  );
  process.exit(1);
}

const api = await startDecapServer(repo, process.env.CMS_PROXY_PORT ? Number(process.env.CMS_PROXY_PORT) : undefined);
const dev = spawn(process.execPath, ['--env-file=scripts/astro.env', 'node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1'], {
  env: { ...process.env, CMS_PROXY_TARGET: api.url },
  stdio: ['inherit', 'pipe', 'inherit'],
});
let announced = false;
dev.stdout!.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(text)?.[0];
  if (url && !announced) {
    announced = true;
    console.log(`\nBeheerscherm: ${url}admin/  (klik op "Inloggen"; wijzigingen komen in cms/…-branches van deze repository)\n`);
  }
});

const stop = async () => {
  dev.kill();
  await api.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
dev.on('exit', async (code) => {
  await api.close();
  process.exit(code ?? 0);
});
