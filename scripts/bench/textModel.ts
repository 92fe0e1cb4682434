// Text for synthetic fiches that reads and compresses like the real ones: a word-level bigram chain
// over the summaries and bodies of the fiches in content/goede-praktijken. Fixed sentences repeat
// and compress far better than real text, which made page weights at 1,000 fiches look too good.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';

export interface RealFiche {
  file: string;
  samenvatting: string;
  body: string;
}

/** The real fiches of a repository: raw file, summary and body. */
export function realFiches(root: string): RealFiche[] {
  const dir = join(root, 'content/goede-praktijken');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const file = readFileSync(join(dir, f), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(file) ?? [];
      return { file, samenvatting: String((parse(front) as { samenvatting?: string }).samenvatting ?? ''), body };
    });
}

/** Compressed size over raw size, each text compressed on its own as a server sends a page (gzip level 6). */
export function gzipRatio(texts: readonly string[]): number {
  let raw = 0;
  let packed = 0;
  for (const t of texts) {
    const b = Buffer.from(t);
    raw += b.length;
    packed += gzipSync(b, { level: 6 }).length;
  }
  return packed / raw;
}

/**
 * A chain over word pairs of the real texts (each next word depends on the two before it), driven by
 * the caller's seeded random numbers: sentences keep real phrases, but are mixed across fiches.
 */
export function textModel(texts: readonly string[], random: () => number) {
  const next = new Map<string, string[]>();
  const starts: [string, string][] = [];
  for (const text of texts) {
    // Prose only: headings, list markers and link targets would come out as broken Markdown.
    const words = text
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/[[\]#*>|`]/g, ' ')
      .split(/\s+/)
      .filter((w) => w && !/^\d+\.$|^-$/.test(w));
    words.forEach((w, i) => {
      const after = words[i + 1];
      if (!after) return;
      if (i === 0 || /[.!?]$/.test(words[i - 1]!)) starts.push([w, after]);
      const then = words[i + 2];
      if (then) next.set(`${w} ${after}`, [...(next.get(`${w} ${after}`) ?? []), then]);
    });
  }
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  /** About `count` words, ending at the end of a sentence. */
  const words = (count: number): string => {
    let [a, b] = pick(starts);
    const out: string[] = [a];
    while (out.length < count * 1.5) {
      out.push(b);
      if (out.length >= count && /[.!?]$/.test(b)) break;
      const options = next.get(`${a} ${b}`);
      if (options && !(/[.!?]$/.test(b) && random() < 0.5)) [a, b] = [b, pick(options)];
      else {
        const [s1, s2] = pick(starts);
        out.push(s1);
        [a, b] = [s1, s2];
      }
    }
    const text = out.join(' ');
    return /[.!?]$/.test(text) ? text : `${text}.`;
  };
  return { words };
}

/** Average number of words of the texts. */
export const averageWords = (texts: readonly string[]): number =>
  Math.round(texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0) / Math.max(1, texts.length));
