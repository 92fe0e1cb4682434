// npm run bench:cms [-- --runs 5]: what /admin/ costs an editor. Uses dist/ (npm run build first),
// a temporary git repository with the real content and decap-server in git mode, as the CMS tests do.
// Measures, with an empty cache, the bytes transferred (compressed, as a static host serves them) and
// the time from opening /admin/ and clicking "Inloggen" to an editable form for a new good practice.
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { contentRepo, removeRepo, serveSiteWithCmsApi, startDecapServer } from '../tests/support/cms.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Math.max(1, Number(values.runs));

const repo = contentRepo();
const api = await startDecapServer(repo);
const server = await serveSiteWithCmsApi(api.url);
const browser = await launchBrowser();
const runs: { kb: number; requests: number; ms: number }[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      requests++;
    });
    const start = performance.now();
    await page.goto(`${server.url}/admin/#/collections/goede-praktijken/new`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('[id^="titel-field-"]').fill('Meting');
    const ms = performance.now() - start;
    runs.push({ kb: bytes / 1024, requests, ms });
    console.log(`run ${i + 1}: ${(bytes / 1024).toFixed(0)} KB in ${requests} verzoeken, bewerkbaar formulier na ${ms.toFixed(0)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  await api.close();
  removeRepo(repo);
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `\n/admin/ (mediaan van ${RUNS}): ${median(runs.map((r) => r.kb)).toFixed(0)} KB over het net, ` +
    `${median(runs.map((r) => r.requests))} verzoeken, bewerkbaar formulier na ${median(runs.map((r) => r.ms)).toFixed(0)} ms`,
);
