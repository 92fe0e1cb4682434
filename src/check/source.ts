import { LineCounter, parseDocument, isMap, isSeq, isScalar, visit, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';
import { aliasTrouble } from './aliases.ts';

/** The YAML part of a content file, parsed with positions so any field can be traced to its line. */
export interface YamlSource {
  doc: Document;
  /** The YAML as the file holds it, comments included. */
  text: string;
  lines: LineCounter;
  /** Lines before the YAML text in the file (1 for Markdown front matter after `---`). */
  offset: number;
  /** Line of the file to blame for a field that is missing at the top level. */
  topLine: number;
}

/** A content file split into front matter and body. */
export interface SplitFile {
  yaml: string;
  /** Lines before the YAML text. */
  offset: number;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
}

/** Splits a Markdown file at its `---` fences; undefined when it has no front matter. */
export function splitFrontMatter(text: string): SplitFile | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  // The fences as Astro finds them: `---` at the very start of a line, the first such line closing.
  // An indented `  ---` or a closing `----` would split the file differently for the site.
  const fence = (l: string) => /^---[ \t]*$/.test(l);
  if (!fence(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((l, i) => i > 0 && l.startsWith('---'));
  if (end < 0 || !fence(lines[end]!)) return undefined;
  return {
    yaml: lines.slice(1, end).join('\n'),
    offset: 1,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'dit veld staat er twee keer: houd er één over',
  BAD_INDENT: 'controleer de inspringing: gebruik spaties (geen tabs), en evenveel spaties voor velden op hetzelfde niveau',
  TAB_AS_INDENT: 'vervang de tab door spaties',
  BLOCK_AS_IMPLICIT_KEY: 'staat er een dubbelepunt in de tekst? Zet de hele waarde dan tussen aanhalingstekens',
  MISSING_CHAR: 'er ontbreekt een haakje of aanhalingsteken: sluit elke [ met ] en elke " met "',
  UNEXPECTED_TOKEN: 'controleer haakjes, aanhalingstekens en dubbelepunten op deze regel',
  MULTILINE_IMPLICIT_KEY: 'zet tekst die over meer regels loopt tussen aanhalingstekens, of begin met |',
  BAD_SCALAR_START: 'begint de waarde met een teken als @, ` of %? Zet ze dan tussen aanhalingstekens',
};

/** Field name written on a line (`  naam: …` or `- naam: …`), for messages about unreadable YAML. */
export function keyOnLine(line: string | undefined): string | undefined {
  return /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:/.exec(line ?? '')?.[1];
}

/**
 * Parses YAML the way the check needs it: as YAML 1.2 core (so `2024-13-45` stays the text the
 * editor wrote instead of becoming a rolled-over Date), with positions for every finding, and
 * reporting every syntax error rather than the first. One parse gives the data and the positions.
 */
export function parseYaml(
  file: string,
  text: string,
  offset: number,
): { source: YamlSource; data: unknown; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, schema: 'core' });
  const source: YamlSource = { doc, text, lines, offset, topLine: Math.max(offset, 1) };
  // An empty front matter is `null`, so the schema reports the missing fields.
  if (doc.errors.length === 0) {
    let data: unknown;
    try {
      data = doc.toJS() ?? null;
    } catch (error) {
      // `yaml` refuses an alias bomb (its maxAliasCount) and an alias without its anchor here, not as a parse error.
      const trouble = /excessive alias/i.test(String(error)) ? 'te-groot' : /unresolved alias/i.test(String(error)) ? 'onbekend' : 'onleesbaar';
      return { source, data: undefined, problems: [aliasProblem(file, aliasLine(source), trouble)] };
    }
    // A self-referencing alias (`a: &a [*a]`) becomes an object that contains itself.
    const trouble = aliasTrouble(data);
    if (trouble) return { source, data: undefined, problems: [aliasProblem(file, aliasLine(source), trouble)] };
    return { source, data, problems: [] };
  }
  const textLines = text.split('\n');
  const problems: Problem[] = doc.errors.map((e) => {
    const at = e.linePos?.[0]?.line ?? 1;
    return {
      severity: 'fout',
      file,
      line: at + offset,
      field: keyOnLine(textLines[at - 1]) ?? '(opmaak)',
      message: 'de YAML-opmaak is niet leesbaar, dus dit bestand kon niet gecontroleerd worden',
      fix: YAML_HINTS[e.code] ?? 'controleer inspringing, dubbelepunten, haakjes en aanhalingstekens op deze regel',
    };
  });
  return { source, data: undefined, problems };
}

const ALIAS_MESSAGES: Record<'lus' | 'te-groot' | 'onbekend' | 'onleesbaar', string> = {
  lus: 'een YAML-alias (*naam) verwijst naar het blok waarin hij zelf staat, dus dit bestand kon niet gecontroleerd worden',
  'te-groot': 'de YAML-aliassen (*naam) maken de velden onredelijk groot, dus dit bestand kon niet gecontroleerd worden',
  onbekend: 'een YAML-alias (*naam) verwijst naar een anker (&naam) dat er niet vóór staat, dus dit bestand kon niet gecontroleerd worden',
  onleesbaar: 'de YAML-opmaak is niet leesbaar, dus dit bestand kon niet gecontroleerd worden',
};

function aliasProblem(file: string, line: number, trouble: keyof typeof ALIAS_MESSAGES): Problem {
  return {
    severity: 'fout', file, line, field: '(opmaak)',
    message: ALIAS_MESSAGES[trouble],
    fix: 'schrijf de waarden gewoon uit in plaats van met &naam en *naam',
  };
}

/** Line of the first alias (`*naam`) in the YAML, where alias trouble starts. */
function aliasLine(src: YamlSource): number {
  let line: number | undefined;
  visit(src.doc, {
    Alias(_, node) {
      line = lineOfNode(src, node);
      return visit.BREAK;
    },
  });
  return line ?? src.topLine;
}

const lineOfNode = (src: YamlSource, node: Node | null | undefined): number | undefined =>
  node?.range ? src.lines.linePos(node.range[0]).line + src.offset : undefined;

/**
 * Line of a field: the line of its key (or list item), or of the nearest enclosing field that
 * exists when the field itself is missing, so "verplicht veld ontbreekt" points at the right block.
 */
export function lineOf(src: YamlSource, path: readonly PropertyKey[]): number {
  let node: unknown = src.doc.contents;
  let line = src.topLine;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      line = lineOfNode(src, pair.key as Node) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      line = lineOfNode(src, item) ?? line;
      node = item;
    } else break;
  }
  return line;
}
