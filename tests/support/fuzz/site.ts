import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { unsafeScheme } from '../../../src/utils/safeHref.ts';

const REPO = resolve('.');
// Only what `astro build` reads; the content comes from the fixture.
const COPY = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'src', 'scripts'];

/** A copy of the site's code with `content` as its content; node_modules linked package by package, caches its own. */
export function siteCopy(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-site-'));
  for (const name of COPY) cpSync(join(REPO, name), join(dir, name), { recursive: true });
  cpSync(content, join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(REPO, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(REPO, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** `astro build` in a copy, as `npm run build:astro` runs it; resolves with the exit code and the output. */
export function astroBuild(dir: string): Promise<{ code: number; output: string; seconds: number }> {
  const start = performance.now();
  return new Promise((done) => {
    execFile(process.execPath, ['--env-file=scripts/astro.env', 'node_modules/astro/bin/astro.mjs', 'build'],
      // A build that hangs is a finding too (a deep list in a card once did): stopped after 5 minutes.
      { cwd: dir, env: { ...process.env, CONTENT_ROOT: join(dir, 'content'), STAGING_DIR: 'build/site', NO_COLOR: '1' }, maxBuffer: 64 * 1024 ** 2, timeout: 300_000 },
      (error, stdout, stderr) => done({
        code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
        output: `${error?.killed ? 'astro build did not finish within 5 minutes\n' : ''}${stdout}${stderr}`,
        seconds: (performance.now() - start) / 1000,
      }));
  });
}

export const removeCopy = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** Every HTML page of a built site, by path relative to the output folder. */
export function builtPages(dir: string): Map<string, string> {
  const out = join(dir, 'build', 'site');
  const pages = new Map<string, string>();
  if (!existsSync(out)) return pages;
  for (const f of readdirSync(out, { recursive: true }) as string[]) {
    if (f.endsWith('.html')) pages.set(f, readFileSync(join(out, f), 'utf8'));
  }
  return pages;
}

/** Elements and attributes only content markup could have put on a page: event handlers, inline styles, scripts with code, frames, unsafe links. */
export function injectedMarkup(html: string): string[] {
  const found: string[] = [];
  let inHead = false;
  const visit = (node: Nodes) => {
    const head = node.type === 'element' && node.tagName === 'head';
    if (head) inHead = true;
    if (node.type === 'element') {
      const e = node as Element;
      const props = e.properties ?? {};
      for (const name of Object.keys(props)) {
        if (/^on[a-z]/i.test(name)) found.push(`<${e.tagName} ${name}>`);
      }
      if (props.style !== undefined) found.push(`<${e.tagName} style>`);
      if (e.tagName === 'script' && props.src === undefined && props.type !== 'application/ld+json') found.push('<script> with inline code');
      if (['iframe', 'object', 'embed', 'kaart', 'b', 'i'].includes(e.tagName)) found.push(`<${e.tagName}>`);
      // The layout's own `<link rel="icon" href="data:image/svg+xml,…">` in the head; content only reaches the head as text.
      const layoutIcon = e.tagName === 'link' && inHead && String(props.rel ?? '').includes('icon');
      for (const attr of layoutIcon ? [] : ['href', 'src', 'action', 'formAction']) {
        const v = props[attr];
        if (typeof v === 'string' && unsafeScheme(v)) found.push(`<${e.tagName} ${attr}="${v.slice(0, 30)}">`);
      }
    }
    if ('children' in node) node.children.forEach((c) => visit(c as Nodes));
    if (node.type === 'element' && node.tagName === 'template' && node.content) visit(node.content as Nodes);
    if (head) inHead = false;
  };
  visit(fromHtml(html));
  return found;
}

/** What a page shows of its entry (title, description, `<main>`), for comparing two renderings of the same data. */
export function mainOf(html: string): string | undefined {
  const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0];
  if (main === undefined) return undefined;
  return [/<title>[\s\S]*?<\/title>/.exec(html)?.[0], /<meta name="description"[^>]*>/.exec(html)?.[0], main].join('\n');
}
