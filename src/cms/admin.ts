/**
 * The admin page's one script of its own (built into /admin/beheer.js). It loads the Decap CMS
 * bundle, registers the previews and starts the CMS; its configuration is /admin/config.yml,
 * generated from the schemas at build time.
 */
import nl from '../i18n/nl.json' with { type: 'json' };
import { linkKind } from '../markdown/link-markers.ts';
import { formatDate } from '../utils/formatDate.ts';
import { formatPeriod } from '../utils/formatPeriod.ts';
import { bodyProblems, prune, schemaProblems } from './validate.ts';

declare const __SITE_URL__: string;

type Child = unknown;
type H = (tag: unknown, props?: Record<string, unknown> | null, ...children: Child[]) => Child;
interface Immutable {
  get(key: string): unknown;
  getIn(path: unknown[]): unknown;
  toJS(): unknown;
}
interface PreviewProps {
  entry: Immutable;
  collection: Immutable;
  fieldsMetaData: Immutable;
  widgetFor(name: string): Child;
}
interface Cms {
  init(options: { config: Record<string, unknown> }): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: Immutable }) => unknown }): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(name: string, component: unknown): void;
}
const w = window as unknown as { CMS_MANUAL_INIT: boolean; CMS: Cms; h: H; createClass(spec: Record<string, unknown>): unknown };

/** Adds the site's link markers to every link inside `root`, as the Markdown pipeline does on the site. */
function markLinks(root: HTMLElement | null): void {
  for (const a of root?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? []) {
    if (a.querySelector('.link-marker')) continue;
    const kind = linkKind(a.getAttribute('href') ?? '', __SITE_URL__);
    if (kind === 'internal') continue;
    const marker = document.createElement('span');
    marker.className = 'link-marker';
    marker.textContent = ` (${kind === 'external' ? nl.link.nieuwVenster : nl.link.email})`;
    a.append(marker);
  }
}

function setup(): void {
  const { CMS, h, createClass } = w;
  const data = (p: PreviewProps, name: string) => p.entry.getIn(['data', name]) as Immutable | string | number | undefined;
  const js = <T>(v: unknown): T | undefined => (v && typeof (v as Immutable).toJS === 'function' ? ((v as Immutable).toJS() as T) : (v as T));

  /** Label of a select value, from the options the generated config took from content/taxonomie. */
  const optionLabel = (p: PreviewProps, field: string, value: string): string => {
    const fields = js<{ name: string; options?: { label: string; value: string }[] }[]>(p.collection.get('fields')) ?? [];
    return fields.find((f) => f.name === field)?.options?.find((o) => o.value === value)?.label ?? value;
  };
  const organisation = (p: PreviewProps, field: string, id: string): string =>
    (p.fieldsMetaData.getIn([field, 'organisaties', id, 'naam']) as string | undefined) ?? id;
  const link = (href: string, text: string) => h('a', { href }, text);

  /** The rendered Markdown, with the site's link markers added after each render. */
  interface MarkdownComponent {
    el: HTMLElement | null;
    props: { children: Child };
  }
  const Markdown = createClass({
    componentDidMount(this: MarkdownComponent) {
      markLinks(this.el);
    },
    componentDidUpdate(this: MarkdownComponent) {
      markLinks(this.el);
    },
    render(this: MarkdownComponent) {
      return h('div', { className: 'prose', ref: (el: HTMLElement | null) => { this.el = el; } }, this.props.children);
    },
  });

  /** One row of the facts list, left out when the field is empty. */
  const row = (label: string, value: Child) => (value === undefined || value === '' || (Array.isArray(value) && !value.length) ? null : [h('dt', null, label), h('dd', null, value)]);
  const list = (items: Child[]) => (items.length ? h('ul', null, ...items.map((i) => h('li', null, i))) : undefined);
  const terms = (p: PreviewProps, field: string) => list((js<string[]>(data(p, field)) ?? []).map((v) => optionLabel(p, field, v)));
  const orgs = (p: PreviewProps, field: string) => {
    const v = js<string | string[]>(data(p, field));
    return list((Array.isArray(v) ? v : v ? [v] : []).map((id) => organisation(p, field, id)));
  };
  const date = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(new Date(`${v}T00:00:00Z`)) : undefined);
  const sources = (p: PreviewProps) => {
    const urls = js<string[]>(data(p, 'bron')) ?? [];
    return urls.length ? h(Markdown, null, h('h2', null, 'Bronnen'), list(urls.map((u) => link(u, u)))) : null;
  };

  const page = (p: PreviewProps, facts: Child[]) =>
    h(
      'main',
      { className: 'container' },
      h('article', null,
        h('h1', null, String(data(p, 'titel') ?? '')),
        h('p', { className: 'lead' }, String(data(p, 'samenvatting') ?? '')),
        h(Markdown, null, p.widgetFor('body')),
        facts.some(Boolean) ? h('aside', { className: 'voorbeeld-gegevens' }, h('h2', null, 'Gegevens'), h(Markdown, null, h('dl', null, ...facts.flat()))) : null,
        sources(p),
      ),
    );

  CMS.registerPreviewStyle('/admin/preview.css');
  CMS.registerPreviewTemplate('goede-praktijken', (p: PreviewProps) => {
    const contact = js<{ email?: string; website?: string; telefoon?: string }>(data(p, 'contact')) ?? {};
    const periode = js<{ start?: number; einde?: number }>(data(p, 'periode'));
    return page(p, [
      row('Type', optionLabel(p, 'type', String(data(p, 'type') ?? ''))),
      row('Eigenaar', orgs(p, 'eigenaar')),
      row('Partners', orgs(p, 'partners')),
      row('Thema’s', terms(p, 'themas')),
      row('Doelgroepen', terms(p, 'doelgroepen')),
      row('Provincies', terms(p, 'provincies')),
      row('Periode', periode?.start ? formatPeriod({ start: periode.start, einde: periode.einde }) : undefined),
      row('Leerpunten', list(js<string[]>(data(p, 'leerpunten')) ?? [])),
      row('Contact', list([contact.email && link(`mailto:${contact.email}`, contact.email), contact.website && link(contact.website, contact.website), contact.telefoon].filter(Boolean))),
      row('Contact gecontroleerd op', date(data(p, 'contactGecontroleerd'))),
    ]);
  });
  CMS.registerPreviewTemplate('projecten', (p: PreviewProps) =>
    page(p, [
      row('Soort', optionLabel(p, 'soort', String(data(p, 'soort') ?? ''))),
      row('Eigenaar', orgs(p, 'eigenaar')),
      row('Partners', orgs(p, 'partners')),
      row('Doelgroepen', terms(p, 'doelgroepen')),
      row('Aanbod', list(js<string[]>(data(p, 'aanbod')) ?? [])),
      row('Website', typeof data(p, 'website') === 'string' ? link(String(data(p, 'website')), String(data(p, 'website'))) : undefined),
    ]),
  );
  CMS.registerPreviewTemplate('beleid', (p: PreviewProps) => {
    const tijdlijn = js<{ datum?: string; titel?: string; tekst?: string }[]>(data(p, 'tijdlijn')) ?? [];
    return page(p, [row('Tijdlijn', list(tijdlijn.map((m) => `${date(m.datum) ?? ''}: ${m.titel ?? ''}. ${m.tekst ?? ''}`)))]);
  });

  // Before a file is written: leave out what the editor emptied, then apply the content check's
  // schema. A problem stops the save (Decap shows the message) and nothing reaches the repository.
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = prune(entry.get('data')) as Immutable;
      const { body, ...fields } = (data?.toJS() ?? {}) as Record<string, unknown>;
      const problems = [...schemaProblems(String(entry.get('collection')), fields), ...bodyProblems(typeof body === 'string' ? body : '')];
      if (problems.length) throw new Error(`dit zou npm run check weigeren: ${problems.join('; ')}`);
      return data;
    },
  });

  // `npm run cms` and the tests pass /api/v1 on to decap-server, so the page never needs another
  // origin; Decap only uses the local backend on localhost and 127.0.0.1.
  // With the trailing slash: the dev server (trailingSlash: always) would answer /api/v1 with a 404.
  CMS.init({ config: { local_backend: { url: `${location.origin}/api/v1/` } } });
}

w.CMS_MANUAL_INIT = true;
const script = document.createElement('script');
script.src = '/admin/decap-cms.js';
script.addEventListener('load', setup);
document.head.append(script);
