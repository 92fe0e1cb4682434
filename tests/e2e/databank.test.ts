import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { useSite, watchErrors } from '../support/browser';
import type { StaticServer } from '../../scripts/lib/static-server';

/** The published entries, read straight from content/ so the site is checked against its source, not its own code. */
interface Entry {
  id: string;
  titel: string;
  samenvatting: string;
  type: string;
  themas: string[];
  doelgroepen: string[];
  provincies: string[];
  sleutelwoorden: string[];
  leerpunten: string[];
  eigenaar: string;
  contact?: Record<string, string>;
  contactGecontroleerd?: string;
  verwant?: string[];
  gemeenten?: string[];
  draft?: boolean;
}
const entries: Entry[] = readdirSync('content/goede-praktijken')
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({
    id: f.replace(/\.md$/, ''),
    ...(parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join('content/goede-praktijken', f), 'utf8'))![1]!) as Omit<Entry, 'id'>),
  }))
  .filter((e) => !e.draft);

const FACETS = [
  { key: 'thema', taxonomy: 'thema', values: (e: Entry) => e.themas },
  { key: 'type', taxonomy: 'praktijktype', values: (e: Entry) => [e.type] },
  { key: 'doelgroep', taxonomy: 'doelgroep', values: (e: Entry) => e.doelgroepen },
  { key: 'provincie', taxonomy: 'provincie', values: (e: Entry) => e.provincies },
] as const;
const taxonomy = (name: string) => parseYaml(readFileSync(`content/taxonomie/${name}.yaml`, 'utf8')) as { id: string; label: string }[];
const idsWith = (key: string, value: string) => entries.filter((e) => FACETS.find((f) => f.key === key)!.values(e).includes(value)).map((e) => e.id).sort();

let server: StaticServer;
let browser: Browser;
let page: Page;
useSite((s) => ({ server, browser, page } = s));

/** Ids listed on a paged list and on every page after it, following the rel="next" links. */
async function pagedIds(path: string, p: Page = page): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = path;
  while (next) {
    await p.goto(`${server.url}${next}`);
    const hrefs = await p.locator('main .titel a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    ids.push(...hrefs.map((h) => h.split('/')[2]!));
    const more = p.locator('main nav.paginering a[rel="next"]');
    next = (await more.count()) > 0 ? await more.getAttribute('href') : null;
  }
  return ids.sort();
}
/** Waits until the filter has shown the list for what the form and the URL now hold. */
async function filtered(): Promise<void> {
  await page.waitForSelector('databank-filter[data-klaar]', { timeout: 15_000 });
}
const PAGE_SIZE = 20;
async function visibleIds(): Promise<string[]> {
  const hrefs = await page.locator('[data-praktijk]:not([hidden]) .titel a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.split('/')[2]!).sort();
}

describe('the Databank content', () => {
  it('has at least 25 published entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(25);
  });
});

describe('the facet pages', () => {
  it('exist for every facet value with entries, and list exactly those entries with their count', async () => {
    const problems: string[] = [];
    for (const facet of FACETS) {
      for (const term of taxonomy(facet.taxonomy)) {
        const expected = idsWith(facet.key, term.id);
        const file = `dist/databank/${facet.key}/${term.id}/index.html`;
        if (expected.length === 0) {
          if (existsSync(file)) problems.push(`${file} exists without entries`);
          continue;
        }
        const listed = await pagedIds(`/databank/${facet.key}/${term.id}/`);
        await page.goto(`${server.url}/databank/${facet.key}/${term.id}/`);
        if (JSON.stringify(listed) !== JSON.stringify(expected)) problems.push(`${facet.key}/${term.id}: lists ${listed.join(',')}`);
        const shown = await page.locator('[data-aantal-praktijken]').getAttribute('data-aantal-praktijken');
        if (Number(shown) !== expected.length) problems.push(`${facet.key}/${term.id}: count ${shown} ≠ ${expected.length}`);
        const text = await page.locator('[data-aantal-praktijken]').innerText();
        if (!text.startsWith(expected.length === 1 ? '1 goede praktijk' : `${expected.length} goede praktijken`)) problems.push(`${facet.key}/${term.id}: "${text}"`);
        if (!(await page.locator('h1').innerText()).includes(term.label)) problems.push(`${facet.key}/${term.id}: h1 without label`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('are linked from the overview with the right counts, and only when they have entries', async () => {
    await page.goto(`${server.url}/databank/`);
    const links = await page.locator('[data-filter-nav] a').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() })),
    );
    const expected = FACETS.flatMap((f) =>
      taxonomy(f.taxonomy)
        .map((t) => ({ href: `/databank/${f.key}/${t.id}/`, n: idsWith(f.key, t.id).length, label: t.label }))
        .filter((x) => x.n > 0)
        .map((x) => ({ href: x.href, text: `${x.label} (${x.n})` })),
    );
    expect(links).toEqual(expected);
  });
});

describe('the overview page', () => {
  beforeAll(async () => {
    await page.goto(`${server.url}/databank/`);
  });

  it('lists every published entry once, over its pages', async () => {
    expect(await pagedIds('/databank/')).toEqual(entries.map((e) => e.id).sort());
    await page.goto(`${server.url}/databank/`);
  });

  it('shows the entries per theme and per province as tables whose numbers match the content', async () => {
    for (const [caption, key] of [['Goede praktijken per thema', 'thema'], ['Goede praktijken per provincie', 'provincie']] as const) {
      const rows = await page.locator('table', { has: page.locator('caption', { hasText: caption }) }).locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [(tr.querySelector('th') as HTMLElement).innerText.trim(), Number((tr.querySelector('td') as HTMLElement).innerText.trim())]),
      );
      const facet = FACETS.find((f) => f.key === key)!;
      expect(rows).toEqual(taxonomy(facet.taxonomy).map((t) => [t.label, idsWith(key, t.id).length]));
    }
  });

  it('links to the selection criteria, the proposal page and the open data', async () => {
    for (const href of ['/databank/selectiekader/', '/databank/praktijk-indienen/', '/databank/open-data/', '/databank/goede-praktijken.json', '/databank/goede-praktijken.csv', '/databank/goede-praktijken.schema.json']) {
      expect(await page.locator(`main a[href="${href}"]`).count(), href).toBeGreaterThan(0);
    }
  });

  it('has the open data link in the footer', async () => {
    expect(await page.locator('footer a[href="/databank/open-data/"]').count()).toBe(1);
  });
});

describe('a fiche', () => {
  const withEmail = entries.find((e) => /email:/.test(readFileSync(`content/goede-praktijken/${e.id}.md`, 'utf8')));

  it('exists for every entry, with its title as h1', async () => {
    const problems: string[] = [];
    for (const e of entries) {
      const html = readFileSync(`dist/databank/${e.id}/index.html`, 'utf8');
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"');
      if (h1 !== e.titel) problems.push(`${e.id}: ${h1}`);
    }
    expect(problems).toEqual([]);
  });

  it('shows its sections in reading order and its facets as links to the facet pages', async () => {
    const e = entries[0]!;
    await page.goto(`${server.url}/databank/${e.id}/`);
    const headings = (await page.locator('article .prose h2').allInnerTexts()).map((h) => h.trim());
    const order = ['Waar', 'Projectaanpak', 'Leerpunten', 'Sleutelwoorden'].map((h) => headings.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const t of e.themas) expect(await page.locator(`aside a[href="/databank/thema/${t}/"]`).count()).toBe(1);
    expect(await page.locator(`aside a[href="/databank/type/${e.type}/"]`).count()).toBe(1);
    expect(await page.locator('aside').innerText()).toMatch(/Bronnen geraadpleegd op \d{1,2} \w+ \d{4}/);
  });

  it('claims a contact check only on fiches with a check date, and says calmly that the others were not checked', () => {
    const wrong: string[] = [];
    for (const e of entries) {
      const html = readFileSync(`dist/databank/${e.id}/index.html`, 'utf8');
      const claims = /Contact gecontroleerd op/.test(html);
      const notChecked = html.includes('Contact nog niet gecontroleerd');
      if (claims !== Boolean(e.contactGecontroleerd) || notChecked === Boolean(e.contactGecontroleerd)) wrong.push(e.id);
    }
    expect(wrong).toEqual([]);
  });

  it('names the owner to ask on every fiche without a direct contact', () => {
    const without = entries.filter((e) => !e.contact);
    expect(without.length, 'a fiche without direct contact').toBeGreaterThan(0);
    for (const e of without) {
      const naam = (parseYaml(readFileSync(`content/organisaties/${e.eigenaar}.yaml`, 'utf8')) as { naam: string }).naam;
      const text = readFileSync(`dist/databank/${e.id}/index.html`, 'utf8').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"');
      expect(text, e.id).toContain(`Geen rechtstreeks contact bekend; neem contact op met ${naam}.`);
    }
  });

  it('shows a functional e-mail address in full as a mailto link', async () => {
    expect(withEmail, 'an entry with an e-mail contact').toBeDefined();
    const email = /email:\s*(\S+)/.exec(readFileSync(`content/goede-praktijken/${withEmail!.id}.md`, 'utf8'))![1]!;
    await page.goto(`${server.url}/databank/${withEmail!.id}/`);
    const link = page.locator(`aside a[href="mailto:${email}"]`);
    expect(await link.innerText()).toContain(email);
  });

  it('lists the editor’s related entries first, in their order, then computed ones', async () => {
    const e = entries.find((x) => (x.verwant ?? []).filter((id) => entries.some((y) => y.id === id)).length >= 2)!;
    const chosen = e.verwant!.filter((id) => entries.some((y) => y.id === id));
    await page.goto(`${server.url}/databank/${e.id}/`);
    const related = await page.locator('aside .verwant a').evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').split('/')[2]));
    expect(related.slice(0, chosen.length)).toEqual(chosen);
    expect(related.length).toBeGreaterThan(chosen.length);
    expect(related).not.toContain(e.id);
  });

  it('labels an entry from outside the original Databank, and only such an entry', async () => {
    const outside = entries.find((e) => !(e as { inDatabank?: boolean }).inDatabank)!;
    const inside = entries.find((e) => (e as { inDatabank?: boolean }).inDatabank)!;
    await page.goto(`${server.url}/databank/${outside.id}/`);
    expect(await page.locator('main').innerText()).toContain('Inspirerende praktijk buiten de oorspronkelijke databank');
    await page.goto(`${server.url}/databank/${inside.id}/`);
    expect(await page.locator('main').innerText()).not.toContain('Inspirerende praktijk buiten de oorspronkelijke databank');
  });

});

describe('the open data', () => {
  const json = JSON.parse(readFileSync('dist/databank/goede-praktijken.json', 'utf8')) as {
    aantal: number;
    praktijken: (Record<string, unknown> & { id: string; themas: { id: string }[]; eigenaar: { id: string; naam: string } })[];
  };
  const schema = JSON.parse(readFileSync('dist/databank/goede-praktijken.schema.json', 'utf8')) as Record<string, unknown> & {
    $defs?: unknown;
    properties: { praktijken: { items: { properties: Record<string, unknown>; required: string[] } } };
  };

  it('holds every published entry in the JSON, valid against the published JSON Schema', () => {
    expect(json.praktijken.map((p) => p.id).sort()).toEqual(entries.map((e) => e.id).sort());
    expect(json.aantal).toBe(entries.length);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(schema);
    expect(validate(json) ? [] : validate.errors).toEqual([]);
  });

  it('gives every field of the content in the JSON, the same as in the Markdown', () => {
    const byId = new Map(json.praktijken.map((p) => [p.id, p]));
    for (const e of entries) {
      const p = byId.get(e.id)!;
      expect(p.titel).toBe(e.titel);
      expect(p.samenvatting).toBe(e.samenvatting);
      expect(p.leerpunten).toEqual(e.leerpunten);
      expect(p.sleutelwoorden).toEqual(e.sleutelwoorden);
      expect(p.themas.map((t) => t.id)).toEqual(e.themas);
      expect(p.eigenaar.id).toBe(e.eigenaar);
      expect(p.eigenaar.naam.length).toBeGreaterThan(1);
      expect(String(p.tekst)).toContain('## Projectaanpak');
    }
  });

  it('holds every entry and every JSON field in the CSV', () => {
    const text = readFileSync('dist/databank/goede-praktijken.csv', 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(text.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, ''), 'a line break outside quotes').not.toMatch(/[\r\n]/);
    expect(rows.map((r) => r.id).sort()).toEqual(entries.map((e) => e.id).sort());
    const columns = Object.keys(rows[0]!);
    // Every JSON field appears as a column, or as <field>_… columns for references and objects.
    for (const field of Object.keys(schema.properties.praktijken.items.properties)) {
      expect(columns.some((c) => c === field || c.startsWith(`${field}_`)), field).toBe(true);
    }
    const byId = new Map(json.praktijken.map((p) => [p.id, p]));
    for (const r of rows) {
      const p = byId.get(r.id!)!;
      expect(r.titel).toBe(p.titel);
      expect(r.themas_id!.split('\n')).toEqual(p.themas.map((t) => t.id));
      expect(r.eigenaar_naam).toBe(p.eigenaar.naam);
    }
  });
});

describe('the filter with JavaScript', () => {
  // Two values of different facets that together leave a non-empty result smaller than each alone.
  const [first, second] = (() => {
    for (const t of taxonomy('thema')) {
      for (const p of taxonomy('provincie')) {
        const both = idsWith('thema', t.id).filter((id) => idsWith('provincie', p.id).includes(id));
        if (both.length > 0 && both.length < idsWith('provincie', p.id).length && both.length < idsWith('thema', t.id).length) {
          return [{ key: 'thema', id: t.id }, { key: 'provincie', id: p.id }];
        }
      }
    }
    throw new Error('no pair of facet values to test with');
  })();
  const both = idsWith(first.key, first.id).filter((id) => idsWith(second.key, second.id).includes(id));

  it('narrows the list by two facets (AND across facets) and keeps that after a reload', async () => {
    const errors = watchErrors(page);
    await page.goto(`${server.url}/databank/`);
    await page.check(`#filter-${first.key}-${first.id}`);
    await page.check(`#filter-${second.key}-${second.id}`);
    await filtered();
    expect(await visibleIds()).toEqual(both);
    expect(new URL(page.url()).search).toBe(`?${first.key}=${first.id}&${second.key}=${second.id}`);
    await page.reload();
    await filtered();
    expect(await page.isChecked(`#filter-${first.key}-${first.id}`)).toBe(true);
    expect(await page.isChecked(`#filter-${second.key}-${second.id}`)).toBe(true);
    expect(await visibleIds()).toEqual(both);
    expect(errors).toEqual([]);
  });

  it('announces the result count in a polite live region', async () => {
    await page.goto(`${server.url}/databank/`);
    const status = page.locator('databank-filter [role="status"]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.check(`#filter-${first.key}-${first.id}`);
    await page.check(`#filter-${second.key}-${second.id}`);
    await filtered();
    expect(await status.innerText()).toBe(both.length === 1 ? '1 goede praktijk gevonden' : `${both.length} goede praktijken gevonden`);
  });

  it('combines two values of one facet with OR', async () => {
    const [a, b] = taxonomy('provincie').filter((p) => idsWith('provincie', p.id).length > 0);
    await page.goto(`${server.url}/databank/?provincie=${a!.id}&provincie=${b!.id}`);
    await filtered();
    const either = [...new Set([...idsWith('provincie', a!.id), ...idsWith('provincie', b!.id)])].sort();
    expect(await visibleIds()).toEqual(either);
  });

  it('updates the counts of the other facets', async () => {
    await page.goto(`${server.url}/databank/?${first.key}=${first.id}`);
    await filtered();
    const label = await page.locator(`label[for="filter-${second.key}-${second.id}"]`).innerText();
    expect(label).toContain(`(${both.length})`);
  });

  const provinceLabels = new Map(taxonomy('provincie').map((t) => [t.id, t.label]));
  const searchable = (e: Entry) =>
    JSON.stringify([e.titel, e.samenvatting, e.sleutelwoorden, e.gemeenten ?? [], e.provincies.map((p) => provinceLabels.get(p))]).toLowerCase();

  it('searches titles, summaries, keywords and places without a facet', async () => {
    // A keyword of exactly one entry, found although it may appear nowhere in the visible text.
    const unique = entries
      .flatMap((e) => e.sleutelwoorden.map((k) => ({ id: e.id, k })))
      .find(({ k }) => entries.filter((e) => searchable(e).includes(k.toLowerCase())).length === 1)!;
    await page.goto(`${server.url}/databank/`);
    await page.fill('#databank-zoek', unique.k.toUpperCase());
    await filtered();
    expect(await visibleIds()).toEqual([unique.id]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(unique.k.toUpperCase());
  });

  it('finds a practice by the municipality where it runs', async () => {
    const place = entries
      .flatMap((e) => (e.gemeenten ?? []).map((g) => ({ id: e.id, g })))
      .find(({ g }) => entries.filter((e) => searchable(e).includes(g.toLowerCase())).length === 1)!;
    await page.goto(`${server.url}/databank/?q=${encodeURIComponent(place.g)}`);
    await filtered();
    expect(await visibleIds()).toEqual([place.id]);
  });

  it('clears every filter with one button', async () => {
    await page.goto(`${server.url}/databank/?${first.key}=${first.id}&q=a`);
    await filtered();
    await page.click('[data-wis]');
    await filtered();
    expect((await visibleIds()).length).toBe(Math.min(entries.length, PAGE_SIZE));
    expect(await page.locator('databank-filter [role="status"]').innerText()).toBe(`${entries.length} goede praktijken gevonden`);
    expect(new URL(page.url()).search).toBe('');
  });

  it('loads its index only once a filter is likely, from a file with a hashed name', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/databank/`);
    expect(requests.filter((p) => p.startsWith('/databank/filter/'))).toEqual([]);
    await page.check(`#filter-${first.key}-${first.id}`);
    await filtered();
    expect(requests.filter((p) => p.startsWith('/databank/filter/index-'))).toHaveLength(1);
    expect(requests.find((p) => p.startsWith('/databank/filter/index-'))).toMatch(/^\/databank\/filter\/index-[0-9a-f]{12}\.json$/);
  });

  it('shows 20 fiches a page with page links, and keeps the page in the URL', async () => {
    const all = entries.map((e) => e.titel).sort((a, b) => a.localeCompare(b, 'nl'));
    expect(all.length, 'more fiches than fit on one page').toBeGreaterThan(PAGE_SIZE);
    await page.goto(`${server.url}/databank/`);
    // The server's link to /databank/pagina/2/, taken over by the filter.
    await page.locator('databank-filter nav.paginering a[rel="next"]').click();
    await filtered();
    expect(new URL(page.url()).searchParams.get('pagina')).toBe('2');
    const titles = await page.locator('[data-praktijk] .titel a').allInnerTexts();
    expect(titles).toEqual(all.slice(PAGE_SIZE, 2 * PAGE_SIZE));
    expect(await page.locator('[data-reeks]').innerText()).toBe(`Fiches ${PAGE_SIZE + 1} tot ${Math.min(all.length, 2 * PAGE_SIZE)} van ${all.length}`);
    expect(await page.locator('databank-filter nav.paginering a[aria-current="page"]').innerText()).toBe('2');
    await page.reload();
    await filtered();
    expect(await page.locator('[data-praktijk] .titel a').allInnerTexts()).toEqual(all.slice(PAGE_SIZE, 2 * PAGE_SIZE));
  });
});

describe('the filter on a phone', () => {
  it('starts with the facets folded and opens them on request', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(`${server.url}/databank/`);
    expect(await phone.locator('#databank-zoek').isVisible()).toBe(true);
    expect(await phone.locator('databank-filter fieldset').first().isVisible()).toBe(false);
    await phone.locator('databank-filter summary').click();
    expect(await phone.locator('databank-filter fieldset').first().isVisible()).toBe(true);
    await phone.close();
  });
});

describe('the pages about the Databank', () => {
  it('give the seven criteria and the two themes on the selection criteria page', async () => {
    await page.goto(`${server.url}/databank/selectiekader/`);
    expect(await page.locator('main ol.criteria > li').count()).toBe(7);
    for (const t of ['polarisering', 'sociale-samenhang']) expect(await page.locator(`main a[href="/databank/thema/${t}/"]`).count()).toBe(1);
  });

  it('link to the issue form and to a new file for a pull request on the proposal page', async () => {
    const { PRACTICE_PROPOSAL_URL } = await import('../../src/config');
    await page.goto(`${server.url}/databank/praktijk-indienen/`);
    expect(await page.locator(`main a[href="${PRACTICE_PROPOSAL_URL}"]`).count()).toBe(1);
    expect(await page.locator('main a[href*="/new/"][href$="content/goede-praktijken"]').count()).toBe(1);
  });

  it('name the licence and link to the three files on the open data page', async () => {
    await page.goto(`${server.url}/databank/open-data/`);
    expect(await page.locator('main').innerText()).toContain('Modellicentie Gratis Hergebruik');
    for (const f of ['json', 'csv', 'schema.json']) expect(await page.locator(`main a[href="/databank/goede-praktijken.${f}"]`).count()).toBe(1);
  });

  it('are listed in the A-Z index', async () => {
    await page.goto(`${server.url}/a-z/`);
    for (const href of ['/databank/selectiekader/', '/databank/praktijk-indienen/', '/databank/open-data/']) {
      expect(await page.locator(`main a[href="${href}"]`).count(), href).toBe(1);
    }
  });
});

describe('the Databank without JavaScript', () => {
  let context: BrowserContext;
  let noJs: Page;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
    noJs = await context.newPage();
  });
  afterAll(() => context?.close());

  it('shows the facet links and every entry, and a facet link leads to its page', async () => {
    await noJs.goto(`${server.url}/databank/`);
    expect(await noJs.locator('[data-filter-nav]').isVisible()).toBe(true);
    expect(await noJs.locator('databank-filter form').isVisible()).toBe(false);
    expect(await noJs.locator('[data-praktijk]').count()).toBe(Math.min(entries.length, PAGE_SIZE));
    const link = noJs.locator('[data-filter-nav] a[href="/databank/thema/sociale-samenhang/"]');
    await link.click();
    await noJs.waitForURL('**/databank/thema/sociale-samenhang/');
    expect(await noJs.locator('main .titel a').count()).toBe(Math.min(PAGE_SIZE, idsWith('thema', 'sociale-samenhang').length));
  });

  it('shows the fiches 20 a page, with GOV.UK-style page links and the range shown', async () => {
    await noJs.goto(`${server.url}/databank/pagina/2/`);
    const nav = noJs.locator('main nav.paginering');
    expect(await nav.getAttribute('aria-label')).toBe("Pagina's met resultaten");
    expect(await nav.locator('a[rel="prev"]').getAttribute('href')).toBe('/databank/');
    expect(await nav.locator('a[aria-current="page"]').getAttribute('aria-label')).toBe('Pagina 2');
    const last = Math.min(entries.length, 2 * PAGE_SIZE);
    expect(await noJs.locator('main .reeks').innerText()).toBe(`Fiches ${PAGE_SIZE + 1} tot ${last} van ${entries.length}`);
    expect(await noJs.locator('main .titel a').count()).toBe(last - PAGE_SIZE);
    expect(await noJs.locator('h1').innerText()).toContain('pagina 2 van');
    await noJs.goto(`${server.url}/databank/`);
    expect(await noJs.locator('main nav.paginering a[rel="next"]').getAttribute('href')).toBe('/databank/pagina/2/');
    expect(await noJs.locator('main nav.paginering a[rel="prev"]').count()).toBe(0);
  });
});

describe('accessibility of the filtered overview', () => {
  it('has no axe violations with two filters and a search applied, nor with an empty result', async () => {
    const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
    const violations: string[] = [];
    // The site's CSP blocks inline scripts, axe's injected one too: only axe's page bypasses it.
    const axeContext = await browser.newContext({ bypassCSP: true });
    const page = await axeContext.newPage();
    for (const query of [`?${first_()}`, '?q=zzzzzz']) {
      await page.goto(`${server.url}/databank/${query}`);
      await page.addScriptTag({ content: axeSource });
      const result = (await page.evaluate(() =>
        (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }),
      )) as { violations: { id: string; nodes: unknown[] }[] };
      violations.push(...result.violations.map((v) => `${query}: ${v.id} (${v.nodes.length})`));
    }
    await axeContext.close();
    expect(violations).toEqual([]);
  });
});

/** A two-facet query that exists in any content: the first theme and the first province with entries. */
function first_(): string {
  const t = taxonomy('thema').find((x) => idsWith('thema', x.id).length > 0)!;
  const p = taxonomy('provincie').find((x) => idsWith('provincie', x.id).length > 0)!;
  return `thema=${t.id}&provincie=${p.id}&q=e`;
}
