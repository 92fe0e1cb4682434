import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { checkout, contentRepo, git, removeRepo, serveSiteWithCmsApi, startDecapServer, type DecapServer } from '../support/cms';
import { checkContent, formatProblem } from '../../src/check/index';

// One repository, one decap-server (git mode, as `npm run cms` starts it), one site server and one
// browser page for the whole file; each test works on its own entry.
let repo: string;
let api: DecapServer;
let server: Awaited<ReturnType<typeof serveSiteWithCmsApi>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const foreign: string[] = [];

/** Screenshots for CONTRIBUTING.md: written to docs/beheerscherm with CMS_SCREENSHOTS=1. */
const SHOTS = process.env.CMS_SCREENSHOTS ? 'docs/beheerscherm' : join(tmpdir(), 'beheerscherm');
const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  repo = contentRepo();
  api = await startDecapServer(repo);
  server = await serveSiteWithCmsApi(api.url);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The CMS is a 5 MB application and the machine is shared: states may take long to arrive.
  context.setDefaultTimeout(90_000);
  context.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url()) && !r.url().startsWith(server.url)) foreign.push(r.url());
  });
  // "Publish now?": the editor answers yes.
  context.on('dialog', (d) => void d.accept().catch(() => undefined));
  page = await context.newPage();
  await page.goto(`${server.url}/admin/`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('link', { name: 'Goede praktijken' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await api?.close();
  if (repo && !process.env.CMS_KEEP_REPO) removeRepo(repo);
  else console.log('repo', repo);
});

const field = (name: string) => page.locator(`[id^="${name}-field-"]`).first();

async function choose(name: string, text: string) {
  await field(name).fill(text);
  await page.locator('[id*="-option-"]').filter({ hasText: text }).first().click();
}

async function addItems(name: string, values: string[]) {
  for (const value of values) {
    await field(name).getByRole('button', { name: /toe/ }).click();
    await field(name).locator('input, textarea').last().fill(value);
  }
}

/** Types in the Markdown editor: at the end of its first paragraph, or in the empty editor. */
async function typeBody(text: string) {
  const editor = page.locator('[data-slate-editor="true"]');
  const paragraph = editor.locator('p').first();
  if (await paragraph.count()) {
    await paragraph.click();
    // The caret to the very end of the paragraph (End only reaches the end of the visual line).
    await paragraph.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      range.collapse(false);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.keyboard.insertText(text);
  } else {
    await editor.click();
    await page.keyboard.insertText(text);
  }
  // Under load the editor can still be settling when the keys arrive: go on only once the text is in
  // the editor and the CMS counts the entry as changed (Save enabled), or a save could miss it.
  await expect.poll(() => editor.innerText(), { timeout: 30_000 }).toContain(text.trim());
  await expect.poll(() => page.getByRole('button', { name: 'Opslaan', exact: true }).isEnabled(), { timeout: 30_000 }).toBe(true);
}

const cmsBranches = (): string[] => git(repo, 'branch', '--list', 'cms/*', '--format=%(refname:short)').split('\n').filter(Boolean);

/**
 * Opens a view of the CMS in a fresh tab of the same browser (the login is kept in its storage).
 * The previous tab is closed without its "leave with unsaved changes?" question.
 */
async function open(hash: string) {
  const previous = page;
  page = await context.newPage();
  await previous.close({ runBeforeUnload: false });
  await page.goto(`${server.url}/admin/#${hash}`);
  await field('titel').or(field('naam')).waitFor();
}
const openNew = (collection: string) => open(`/collections/${collection}/new`);

/** Clicks "Opslaan" and waits for the commit on the entry's cms/ branch (editorial workflow). */
async function save(branch: string) {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  try {
    await expect.poll(() => commitsAhead(branch), { timeout: 60_000 }).toBeGreaterThan(0);
  } catch (error) {
    await shot('fout');
    const errors = await page.locator('ul[class*="ControlErrorsList"] li').allTextContents();
    throw new Error(`niet opgeslagen: ${errors.join('; ') || String(error)}`);
  }
}

const commitsAhead = (branch: string) => (cmsBranches().includes(branch) ? Number(git(repo, 'rev-list', '--count', `main..${branch}`)) : 0);

/** Errors of `npm run check` on the content a ref of the repository holds. */
function checkErrors(ref: string): string[] {
  const dir = checkout(repo, ref);
  return checkContent(join(dir, 'content')).errors.map((p) => formatProblem(p));
}

const fileOn = (ref: string, path: string) => git(repo, 'show', `${ref}:${path}`);

describe('the CMS at /admin/', () => {
  it('loads in Dutch with the collections of the generated configuration', async () => {
    await expect.poll(() => page.getByText('Inhoudstypen').isVisible()).toBe(true);
    for (const name of ['Beleidspagina’s', 'Projecten', 'Goede praktijken', 'Organisaties']) {
      expect(await page.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    await shot('1-overzicht');
  });

  it('adds a good practice through the form; its cms/ branch passes npm run check', async () => {
    await openNew('goede-praktijken');
    await field('titel').fill('Buurtgesprekken in een testgemeente');
    await field('samenvatting').fill('Bewoners praten in kleine groepen over wat hen verbindt en wat hen scheidt in de buurt.');
    await addItems('bron', ['https://www.vlaanderen.be/samenleven/sociale-cohesie']);
    await choose('type', 'Praktijkvoorbeeld');
    await choose('themas', 'Polarisering managen of bestrijden');
    await choose('doelgroepen', 'Lokale besturen');
    await choose('schaal', 'Buurt');
    await choose('provincies', 'Antwerpen');
    await addItems('leerpunten', ['Begin klein en luister eerst naar de bewoners.']);
    await addItems('sleutelwoorden', ['buurtgesprek']);
    await choose('eigenaar', 'Vereniging van Vlaamse Steden en Gemeenten');
    await field('contact').locator('[id^="email-field-"]').fill('info@vvsg.be');
    // Every date of the form (contactGecontroleerd, and any date a later schema adds) gets today.
    for (const date of await page.locator('input[type="date"]').all()) await date.fill(today);
    await choose('status', 'Actief');
    await typeBody('Een korte beschrijving van de praktijk.');
    await shot('2-nieuwe-goede-praktijk');
    await save('cms/goede-praktijken/buurtgesprekken-in-een-testgemeente');

    const file = fileOn('cms/goede-praktijken/buurtgesprekken-in-een-testgemeente', 'content/goede-praktijken/buurtgesprekken-in-een-testgemeente.md');
    expect(file).toMatch(/^eigenaar: vvsg$/m);
    expect(file).toMatch(new RegExp(`^contactGecontroleerd: ["']?${today}["']?$`, 'm'));
    expect(file).toMatch(/^themas:\n\s+- polarisering$/m);
    expect(checkErrors('cms/goede-praktijken/buurtgesprekken-in-een-testgemeente')).toEqual([]);
  });

  it('previews a good practice with the site’s styles, taxonomy labels and link markers', async () => {
    await openNew('goede-praktijken');
    await field('titel').fill('Voorbeeld van een fiche');
    await addItems('bron', ['https://www.vlaanderen.be/samenleven/sociale-cohesie']);
    await choose('themas', 'Haatspraak tegengaan');
    await field('contact').locator('[id^="email-field-"]').fill('info@vvsg.be');
    const preview = page.locator('iframe').first().contentFrame();
    await expect.poll(() => preview.locator('h1').textContent()).toBe('Voorbeeld van een fiche');
    expect(await preview.locator('li', { hasText: 'Haatspraak tegengaan' }).count()).toBe(1);
    expect(await preview.locator('a[href="https://www.vlaanderen.be/samenleven/sociale-cohesie"] .link-marker').textContent()).toBe(' (opent in nieuw venster)');
    expect(await preview.locator('a[href="mailto:info@vvsg.be"] .link-marker').textContent()).toBe(' (opent in uw e-mail applicatie)');
    expect(await preview.locator('link[href="/admin/preview.css"]').count()).toBe(1);
    // The site's own stylesheet applies: link markers are set smaller than the text, as on the site.
    expect(await preview.locator('.link-marker').first().evaluate((el) => getComputedStyle(el).fontSize)).not.toBe(
      await preview.locator('a').first().evaluate((el) => getComputedStyle(el).fontSize),
    );
  });

  it('publishes an edited policy page: set ready, then published, the change is merged into main', async () => {
    const slug = 'plan-samenleven';
    await open(`/collections/beleid/entries/${slug}`);
    await expect.poll(() => field('titel').inputValue()).toBe('Plan Samenleven');
    await typeBody(' Deze zin kwam er via het beheerscherm bij.');
    await save(`cms/beleid/${slug}`);
    await page.getByRole('button', { name: /^Status:/ }).click();
    await page.getByRole('menuitem', { name: 'Klaar' }).click();
    await page.getByRole('button', { name: 'Status: Klaar' }).waitFor();
    await shot('3-klaar-om-te-publiceren');
    await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publiceer nu' }).click();
    await expect.poll(() => fileOn('main', `content/beleid/${slug}.md`), { timeout: 60_000 }).toMatch(/aanpakken van polarisatie\. +Deze zin kwam er via het beheerscherm bij\.$/m);
    // decap-server removes the merged branch last; after that the repository is at rest.
    await expect.poll(cmsBranches).not.toContain(`cms/beleid/${slug}`);
    expect(checkErrors('main')).toEqual([]);
  });

  it('refuses to save with a required field left empty: a Dutch message, and nothing is written', async () => {
    const before = git(repo, 'rev-parse', '--all');
    await openNew('organisaties');
    await field('website').fill('https://www.organisatie.be/');
    await field('email').fill('geen-adres');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => page.getByText('Naam is vereist.').isVisible()).toBe(true);
    await shot('4-verplicht-veld');
    expect(await page.getByText('E-mailadres komt niet overeen met het patroon: Geen geldig e-mailadres').count()).toBe(1);
    // Opening the form makes decap-server look through its branches; wait until it is done.
    await expect.poll(() => server.apiBusy()).toBe(0);
    expect(git(repo, 'rev-parse', '--all')).toBe(before);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('saves a new policy page with a parent page and a timeline; its branch passes the check', async () => {
    await openNew('beleid');
    await field('titel').fill('Een testpagina over buurtwerking');
    await field('samenvatting').fill('Een pagina die alleen in deze test bestaat, om het formulier na te gaan.');
    await addItems('bron', ['https://www.vlaanderen.be/samenleven/sociale-cohesie']);
    await choose('ouder', 'Preventie van gewelddadige radicalisering');
    await field('tijdlijn').getByRole('button', { name: /toe/ }).click();
    await field('tijdlijn').locator('[id^="datum-field-"]').fill('2024-03-14');
    await field('tijdlijn').locator('[id^="titel-field-"]').fill('Een mijlpaal');
    await field('tijdlijn').locator('[id^="tekst-field-"]').fill('Wat er die dag gebeurde, in één zin.');
    await typeBody('De tekst van de testpagina.');
    await save('cms/beleid/een-testpagina-over-buurtwerking');
    const file = fileOn('cms/beleid/een-testpagina-over-buurtwerking', 'content/beleid/een-testpagina-over-buurtwerking.md');
    expect(file).toMatch(/^ouder: preventie-van-gewelddadige-radicalisering$/m);
    expect(file).toMatch(/datum: ["']?2024-03-14["']?$/m);
    expect(checkErrors('cms/beleid/een-testpagina-over-buurtwerking')).toEqual([]);
  });

  it('saves a new project only once the rules between its fields hold; its branch passes the check', async () => {
    await openNew('projecten');
    await field('titel').fill('Testproject buurtwerking');
    await field('samenvatting').fill('Een project dat alleen in deze test bestaat, om het formulier na te gaan.');
    await addItems('bron', ['https://www.vlaanderen.be/samenleven/sociale-cohesie']);
    await choose('eigenaar', 'Agentschap Integratie en Inburgering');
    await choose('soort', 'Netwerk');
    await choose('doelgroepen', 'Lokale besturen');
    await choose('themas', 'Sociale samenhang versterken');
    await addItems('aanbod', ['Vorming voor lokale besturen']);
    await field('periode').locator('[id^="start-field-"]').fill('2024');
    await field('periode').locator('[id^="einde-field-"]').fill('2022');
    // A contact on the owner's own website, as the check demands (content/organisaties/…yaml).
    await field('contact').locator('[id^="website-field-"]').fill('https://www.integratie-inburgering.be/');
    await typeBody('De tekst van het testproject.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => page.getByText(/periode\.einde — het eindjaar ligt voor het beginjaar/).isVisible()).toBe(true);
    expect(cmsBranches()).not.toContain('cms/projecten/testproject-buurtwerking');

    await field('periode').locator('[id^="einde-field-"]').fill('2025');
    await save('cms/projecten/testproject-buurtwerking');
    const file = fileOn('cms/projecten/testproject-buurtwerking', 'content/projecten/testproject-buurtwerking.md');
    expect(file).toMatch(/^periode:\n\s+start: 2024\n\s+einde: 2025$/m);
    expect(checkErrors('cms/projecten/testproject-buurtwerking')).toEqual([]);
  });

  it('saves a new organisation; its branch passes the check', async () => {
    await openNew('organisaties');
    await field('naam').fill('Testorganisatie voor buurtwerking');
    await field('website').fill('https://www.organisatie.be/');
    await field('email').fill('info@organisatie.be');
    await save('cms/organisaties/testorganisatie-voor-buurtwerking');
    expect(fileOn('cms/organisaties/testorganisatie-voor-buurtwerking', 'content/organisaties/testorganisatie-voor-buurtwerking.yaml')).toMatch(/^naam: Testorganisatie voor buurtwerking$/m);
    expect(checkErrors('cms/organisaties/testorganisatie-voor-buurtwerking')).toEqual([]);
  });

  // Last, so it covers every screen the tests above opened.
  it('asked nothing of any other origin in any of the steps above', () => {
    expect(foreign).toEqual([]);
  });
});
