import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { markdownToMdast } from 'satteri';
import type { Root, Nodes } from 'mdast';
import { SITE_URL } from '../config.ts';
import { MAX_IMAGE_BYTES } from './collections.ts';
import type { Problem } from './problem.ts';
import type { SiteMap } from './site.ts';
import { nearest } from './suggest.ts';
import { unsafeLink } from './unsafe-links.ts';
import { walkTree } from './walk.ts';

/** Where a piece of Markdown sits, so findings point at the right file, line and field. */
export interface MarkdownPlace {
  file: string;
  /** Field name for findings: `tekst` for the body, else the front matter field. */
  field: string;
  /** File line of the Markdown's first line. */
  firstLine: number;
  /** Lines inside the Markdown are only meaningful for the body; a field reports its own line. */
  exactLines: boolean;
  /** URL of the page the Markdown appears on, for relative links. */
  pageUrl: string | undefined;
  /** Folder of public/, where root-relative files live. */
  publicDir: string;
}

// The parser that renders the site (Sätteri, GFM on), so the check sees the links and HTML visitors get.
// Front matter is off: this is a body or a field, and a body that opens with --- is a rule, not YAML.
const parse = (text: string) => markdownToMdast(text, { features: { frontmatter: false } }) as Root;
const SITE = new URL(SITE_URL);

/** `<div>` for `<div class="x">…`: enough to find it on the line without quoting markup. */
const tag = (html: string) => `<${/^<\/?([A-Za-z][\w.-]*)/.exec(html)?.[1] ?? html.slice(1, 20)}>`;
const short = (s: string) => (s.length > 50 ? `${s.slice(0, 47)}…` : s);

/** Lists and block quotes inside each other; the Markdown of fields (unified) slows down steeply beyond a few. */
const MAX_NESTING = 8;

const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

/** Checks one piece of Markdown: links to pages of the site, images, and anything that is not Markdown. */
export function checkMarkdown(text: string, place: MarkdownPlace, site: SiteMap): Problem[] {
  let tree: Root;
  try {
    tree = parse(text);
  } catch {
    // Sätteri's JavaScript reader gives up on some huge texts (50,000 character references in a row).
    return [{ severity: 'fout', file: place.file, line: place.firstLine, field: place.field,
      message: 'de tekst is te groot of te ingewikkeld om te controleren',
      fix: 'vereenvoudig de tekst: splits hem op, of schrijf tekens gewoon in plaats van als &#…;-code' }];
  }
  const problems: Problem[] = [];
  const at = (node: Nodes) => (place.exactLines ? place.firstLine + (node.position?.start.line ?? 1) - 1 : place.firstLine);
  const add = (node: Nodes, message: string, fix: string) =>
    problems.push({ severity: 'fout', file: place.file, line: at(node), field: place.field, message, fix });

  let tooDeep = false;
  walkTree(tree, (node, parent, nesting) => {
    if (nesting > MAX_NESTING && !tooDeep) {
      tooDeep = true;
      add(node, `lijsten of citaten staan hier meer dan ${MAX_NESTING} niveaus in elkaar: zo diep geneste opmaak is onleesbaar, en in een Markdown-veld bleef het bouwen van de site erop hangen`,
        `houd lijsten en citaten bij hoogstens ${MAX_NESTING} niveaus`);
    }
    if (node.type === 'html') {
      const html = node.value.trim();
      if (/^<!--[\s\S]*-->$/.test(html)) return;
      if (/<script\b/i.test(html)) {
        add(node, 'een <script> is niet toegelaten in de tekst', 'verwijder het script; interactieve onderdelen maakt een ontwikkelaar');
      } else if (/^<\/?[A-Z]/.test(html)) {
        add(node, `${tag(html)} is een component (JSX), en dat werkt alleen in MDX voor ontwikkelaars`,
          'verwijder de component en schrijf gewone Markdown, of vraag een ontwikkelaar');
      } else {
        add(node, `HTML-code (${tag(html)}) is niet toegelaten in de tekst`,
          'gebruik Markdown: ## voor een kop, **vet**, [linktekst](adres), - voor een lijst');
      }
      return;
    }
    if (node.type === 'paragraph' && parent?.type === 'root') {
      const first = node.children[0];
      if (first?.type === 'text' && /^(import|export)\s/.test(first.value)) {
        add(node, `"${short(first.value.split('\n')[0]!)}" is code (MDX), geen tekst`,
          'verwijder deze regel; alleen ontwikkelaars gebruiken import en export, in MDX-bestanden onder src/pages');
      }
      return;
    }
    if (node.type === 'link' || node.type === 'definition') {
      const problem = unsafeLink(node.url, 'link') ?? checkLink(node.url, place, site);
      if (problem) add(node, problem.message, problem.fix);
      return;
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      if (!node.alt?.trim()) {
        add(node, 'afbeelding zonder alternatieve tekst: wie de afbeelding niet ziet, mist de inhoud',
          'beschrijf wat op de afbeelding staat tussen de vierkante haken: ![Beschrijving](pad-naar-afbeelding.jpg)');
      }
      if (node.type === 'image') {
        const problem = unsafeLink(node.url, 'afbeelding') ?? checkImageFile(node.url, place);
        if (problem) add(node, problem.message, problem.fix);
      }
    }
  });
  return problems;
}

function checkImageFile(url: string, place: MarkdownPlace): { message: string; fix: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const clean = decodeURI(url.split(/[?#]/)[0]!);
  const path = clean.startsWith('/') ? join(place.publicDir, clean) : resolve(dirname(place.file), clean);
  if (!existsSync(path)) {
    return { message: `de afbeelding "${url}" bestaat niet`, fix: 'controleer de bestandsnaam en de map (hoofdletters tellen mee)' };
  }
  const size = statSync(path).size;
  if (size > MAX_IMAGE_BYTES) {
    return {
      message: `de afbeelding "${url}" is ${kb(size)}, meer dan de toegelaten ${kb(MAX_IMAGE_BYTES)}`,
      fix: 'verklein ze (bv. tot 1600 pixels breed) en bewaar ze als JPEG of WebP',
    };
  }
  return undefined;
}

/** Problem with a link, if it points at a page of this site that will not exist. */
export function checkLink(url: string, place: MarkdownPlace, site: SiteMap): { message: string; fix: string } | undefined {
  if (!url || url.startsWith('#')) return undefined;
  if (/^mailto:/i.test(url)) {
    const address = url.slice(7).split('?')[0]!;
    return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(address)
      ? undefined
      : { message: `"${address}" is geen geldig e-mailadres`, fix: 'schrijf [tekst](mailto:info@organisatie.be)' };
  }
  let target: URL;
  try {
    target = new URL(url, new URL(place.pageUrl ?? '/', SITE));
  } catch {
    return { message: `"${url}" is geen geldig webadres`, fix: 'kopieer het volledige adres uit de adresbalk van de browser' };
  }
  if (target.host !== SITE.host || !/^https?:$/.test(target.protocol)) return undefined;
  let path = decodeURI(target.pathname);
  if (/\.mdx?$/.test(path)) {
    const page = /^[a-z][a-z0-9+.-]*:|^\//i.test(url) ? undefined : site.urlOfFile.get(resolve(dirname(place.file), decodeURI(url.split(/[?#]/)[0]!)));
    return { message: `"${url}" verwijst naar een bestand in de repository, niet naar een pagina van de site`,
      fix: page ? `gebruik het webadres van de pagina: ${page}` : 'gebruik het webadres van de pagina, bv. /projecten/wij-zij-netwerk/' };
  }
  if (/\.[a-z0-9]{2,5}$/i.test(path)) {
    return existsSync(join(place.publicDir, path))
      ? undefined
      : { message: `het bestand "${path}" bestaat niet op de site`, fix: 'zet het bestand in public/ of controleer de naam' };
  }
  if (!path.endsWith('/')) path += '/';
  if (site.pages.has(path)) return undefined;
  if (site.drafts.has(path)) {
    return { message: `de pagina ${path} is nog een concept (draft: true) en staat dus niet op de site`,
      fix: 'publiceer die pagina eerst, of verwijder de link' };
  }
  const guess = nearest(path, [...site.pages.keys()], 3);
  return {
    message: `de pagina ${path} bestaat niet op de site`,
    fix: guess ? `bedoelt u ${guess}? Pas de link aan` : 'controleer het adres op de site en pas de link aan, of verwijder hem',
  };
}
