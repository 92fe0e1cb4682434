import fc from 'fast-check';
import { objectShape, schemaAt } from '../../../src/check/shape.ts';
import {
  CONTROL, DATE_FIELDS, MARKDOWN_FIELDS, MAX, MIN, NUMBER_RANGES, URL_FIELDS, classOf, clone, compose, dotted, fieldKey, fileText,
  paths, required, setAt, yamlText, type FuzzCase, type Path, type Seed,
} from './seed.ts';
import { BAD_MARKDOWN, HARMLESS_MARKDOWN, anyValue, badDate, blockOnly, oddString } from './values.ts';

export type { FuzzCase, Seed } from './seed.ts';
export { parseSeed } from './seed.ts';
// ---------------------------------------------------------------------------------------------
// Mutations: each returns an arbitrary of cases for one seed.

type Mutation = (seed: Seed) => fc.Arbitrary<FuzzCase> | undefined;

const make = (seed: Seed, kind: string, text: string, invalid: boolean, file = seed.entry.file): FuzzCase => ({
  kind, seed: seed.entry.file, file, text, invalid,
});

const fieldsOf = (seed: Seed, filter: (path: Path, value: unknown) => boolean) => paths(seed.data).filter(([p, v]) => filter(p, v));

const dropField: Mutation = (seed) =>
  fc.constantFrom(...fieldsOf(seed, () => true)).map(([path]) =>
    make(seed, `veld ${dotted(path)} weggelaten`, compose(seed, setAt(seed.data, path, undefined)), required(seed.schema, path)));

/** A top-level line `key: …` written twice. */
const duplicateField: Mutation = (seed) => {
  const lines = seed.yaml.split('\n');
  const keyLines = lines.map((l, i) => [l, i] as const).filter(([l]) => /^[A-Za-z]\w*:/.test(l));
  return fc.tuple(fc.constantFrom(...keyLines), fc.nat(lines.length)).map(([[line], at]) => {
    const copy = [...lines];
    copy.splice(at, 0, line.replace(/:.*$/, ': dubbel'));
    return make(seed, 'veld dubbel', fileText(seed, copy.join('\n')), true);
  });
};

const retype: Mutation = (seed) =>
  fc.tuple(fc.constantFrom(...fieldsOf(seed, () => true)), anyValue)
    .filter(([[, old], v]) => classOf(old) !== classOf(v))
    .map(([[path], value]) => make(seed, `ander type voor ${dotted(path)}`, compose(seed, setAt(seed.data, path, value)), true));

const unknownKey: Mutation = (seed) => {
  const objects = [[[], seed.data] as [Path, unknown], ...fieldsOf(seed, (_p, v) => classOf(v) === 'object')];
  const key = fc.oneof(fc.stringMatching(/^[a-z][a-zA-Z]{0,12}$/), fc.string({ minLength: 1, maxLength: 12 }),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'titel ', 'Titel', 'draft\t', '<<', '?'));
  const known = (path: Path) => Object.keys(objectShape(schemaAt(seed.schema, path) ?? seed.schema));
  return fc.tuple(fc.constantFrom(...objects), key, anyValue)
    .filter(([[path, obj], k]) => !Object.hasOwn(obj as object, k) && !known(path).includes(k))
    .map(([[path], k, v]) => {
      // __proto__ set with assignment would change the prototype; define it as a plain key.
      const data = clone(seed.data);
      let node: Record<string | number, unknown> = data;
      for (const seg of path) node = node[seg] as Record<string | number, unknown>;
      Object.defineProperty(node, k, { value: v, enumerable: true, configurable: true, writable: true });
      return make(seed, `onbekend veld ${JSON.stringify(k)}`, compose(seed, data), true);
    });
};

const oddText: Mutation = (seed) =>
  fc.tuple(fc.constantFrom(...fieldsOf(seed, (_p, v) => typeof v === 'string')), oddString).map(([[path], value]) => {
    const key = fieldKey(path);
    const len = value.length;
    const tooShort = len < (MIN[dotted(path)] ?? 0);
    const tooLong = len > (MAX[dotted(path)] ?? Infinity);
    const badUrl = URL_FIELDS.has(key) && !/https?:/i.test(value);
    const badDate = DATE_FIELDS.has(key) && !/^\d{4}-\d{2}-\d{2}$/.test(value);
    const badMarkdown = MARKDOWN_FIELDS.has(dotted(path)) && (BAD_MARKDOWN.includes(value) || /<\/?[a-z]|\]\((javascript|data):/i.test(value));
    const control = CONTROL.test(value);
    return make(seed, `vreemde tekst in ${dotted(path)}`, compose(seed, setAt(seed.data, path, value)),
      tooShort || tooLong || badUrl || badDate || badMarkdown || control);
  });

const oddNumber: Mutation = (seed) => {
  const numbers = fieldsOf(seed, (p, v) => typeof v === 'number' && fieldKey(p) in NUMBER_RANGES);
  if (!numbers.length) return undefined;
  return fc.tuple(fc.constantFrom(...numbers), fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, 1989, 2101, 2021.5, 1e308, -0, Infinity, NaN)))
    .map(([[path], n]) => {
      const [min, max] = NUMBER_RANGES[fieldKey(path)]!;
      return make(seed, `getal ${n} in ${dotted(path)}`, compose(seed, setAt(seed.data, path, n)), !Number.isInteger(n) || n < min || n > max);
    });
};

/** Impossible dates, quoted or not, in every date field. */
const oddDate: Mutation = (seed) => {
  const dates = fieldsOf(seed, (p) => DATE_FIELDS.has(fieldKey(p)));
  if (!dates.length) return undefined;
  return fc.tuple(fc.constantFrom(...dates), badDate, fc.boolean()).map(([[path], date, quoted]) => {
    const data = setAt(seed.data, path, `@@DATE@@`);
    const yaml = yamlText(data).replace(/(['"]?)@@DATE@@\1/, quoted || date === '' ? JSON.stringify(date) : date);
    return make(seed, `datum ${date} in ${dotted(path)}`, fileText(seed, yaml), true);
  });
};

/** Syntax errors an editor makes in the YAML. */
const brokenYaml: Mutation = (seed) => {
  const lines = seed.yaml.split('\n');
  const at = fc.nat(lines.length - 1);
  const withLine = (i: number, f: (l: string) => string) => lines.map((l, j) => (j === i ? f(l) : l)).join('\n');
  const valueLines = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(-\s+)?[A-Za-z]\w*:\s+\S/.test(l) && !/:\s+[|>]/.test(l));
  const indented = lines.map((l, i) => [l, i] as const).filter(([l]) => /^ +\S/.test(l));
  const topLevel = lines.map((l, i) => [l, i] as const).filter(([l], i) => i > 0 && /^[A-Za-z]\w*:/.test(l));
  const options: fc.Arbitrary<FuzzCase>[] = [
    fc.tuple(fc.constantFrom(...valueLines), fc.constantFrom('"', "'", '[', '{')).map(([[, i], q]) =>
      make(seed, `niet gesloten ${q}`, fileText(seed, withLine(i, (l) => l.replace(/:\s+/, `: ${q}`).replace(/["']$/, ''))), true)),
    fc.tuple(fc.constantFrom(...topLevel), fc.integer({ min: 1, max: 3 })).map(([[, i], n]) =>
      make(seed, 'verkeerde inspringing', fileText(seed, withLine(i, (l) => ' '.repeat(n) + l)), true)),
    fc.constant(make(seed, 'titel zonder dubbelepunt', fileText(seed, lines.map((l) => l.replace(/^(titel|naam):/, '$1')).join('\n')), true)),
    fc.constant(make(seed, 'onbestaande alias', fileText(seed, lines.map((l) => l.replace(/^(titel|naam):.*/, '$1: *nergens')).join('\n')), true)),
    fc.constant(make(seed, 'merge-sleutel', fileText(seed, `basis: &basis\n  draft: false\n<<: *basis\n${seed.yaml}`), true)),
    fc.constant(make(seed, 'alias in een onbekend veld', fileText(seed, `${seed.yaml.replace(/^(titel|naam):/m, '$1: &t')}\nkopie: *t`), true)),
    fc.constant(make(seed, 'alias-bom', fileText(seed, `${seed.yaml}\nbom: ${aliasBomb(6, 6)}`), true)),
    fc.constant(make(seed, 'grote alias-bom', fileText(seed, `${seed.yaml}\nbom: ${aliasBomb(9, 9)}`), true)),
    fc.constant(make(seed, 'anker zonder alias', fileText(seed, seed.yaml.replace(/^(titel|naam): /m, '$1: &titel ')), false)),
    // In Markdown the --- ends the front matter and the rest is text, which is fine.
    fc.constant(make(seed, 'tweede YAML-document', fileText(seed, `${seed.yaml}\n---\ntitel: Nog een`), !seed.markdown)),
    fc.constant(make(seed, 'alias naar zichzelf', fileText(seed, `${seed.yaml}\nlus: &lus [*lus]`), true)),
    fc.constant(make(seed, 'YAML-tag', fileText(seed, seed.yaml.replace(/^(titel|naam): /m, '$1: !!binary ')), true)),
    fc.tuple(at, fc.constantFrom(':', '- ', '? ', '|', '>', '%', '@', '`', '!', '&', '*', '{}', ']')).map(([i, s]) =>
      make(seed, `teken ${JSON.stringify(s)} aan het begin van een regel`, fileText(seed, withLine(i, (l) => s + l)), false)),
  ];
  if (indented.length) {
    options.push(fc.constantFrom(...indented).map(([, i]) =>
      make(seed, 'tab als inspringing', fileText(seed, withLine(i, (l) => l.replace(/^ +/, '\t'))), true)));
  }
  options.push(fc.constantFrom(...valueLines).map(([, i]) =>
    make(seed, 'tab na de dubbelepunt', fileText(seed, withLine(i, (l) => l.replace(/:\s+/, ':\t'))), false)));
  return fc.oneof(...options);
};

/** Lines inside a block scalar (`tekst: >-` and the indented lines under it), where quotes and \0 are plain text. */
function blockScalarLines(yaml: string): Set<number> {
  const inside = new Set<number>();
  let indent = -1;
  yaml.split('\n').forEach((l, i) => {
    const own = l.length - l.trimStart().length;
    if (indent >= 0 && (own > indent || !l.trim())) inside.add(i);
    else indent = -1;
    if (/:\s*[|>][-+]?\s*$/.test(l)) indent = own;
  });
  return inside;
}

function aliasBomb(depth: number, width: number): string {
  let yaml = `\n  a0: &a0 [${Array(width).fill('x').join(', ')}]`;
  for (let i = 1; i < depth; i++) yaml += `\n  a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(', ')}]`;
  return yaml;
}

/** Invisible characters: byte order mark, line endings, NUL and other control characters. */
const invisible: Mutation = (seed) => {
  const control = fc.constantFrom('\0', '\x01', '\x07', '\x08', '\x0b', '\x0c', '\x1b', '\x7f', '\x85', '\x9b');
  const escapes = fc.constantFrom('\\0', '\\a', '\\b', '\\e', '\\v', '\\f', '\\x00', '\\x1b', '\\x7f', '\\u0085', '\\x9b', '\\u0000');
  const text = fileText(seed, seed.yaml);
  const inBlock = blockScalarLines(seed.yaml);
  const stringLines = seed.yaml.split('\n').map((l, i) => [l, i] as const).filter(([, i]) => !inBlock.has(i)).filter(([l]) => /^\s*(-\s+)?([A-Za-z]\w*:\s+)?[^\s\-[{|>"'&*!#].*[^\s:]$/.test(l) && !/:\s*$/.test(l));
  const options: fc.Arbitrary<FuzzCase>[] = [
    fc.constant(make(seed, 'byte order mark', `\uFEFF${text}`, false)),
    fc.constant(make(seed, 'Windows-regeleinden', text.replace(/\n/g, '\r\n'), false)),
    fc.constant(make(seed, 'gemengde regeleinden', text.replace(/\n(?=[a-z])/g, '\r\n'), false)),
    fc.constant(make(seed, 'oude Mac-regeleinden', text.replace(/\n/g, '\r'), seed.markdown)),
    fc.tuple(fc.nat(text.length), control).map(([at, c]) =>
      make(seed, `stuurteken ${JSON.stringify(c)} in het bestand`, text.slice(0, at) + c + text.slice(at), true)),
  ];
  if (stringLines.length) {
    // A double-quoted YAML string with an escape that makes a control character: `"…\0"`.
    options.push(fc.tuple(fc.constantFrom(...stringLines), escapes).map(([[l, i], esc]) => {
      const yaml = seed.yaml.split('\n').map((x, j) => {
        if (j !== i) return x;
        const m = /^(\s*(?:-\s+)?(?:[A-Za-z]\w*:\s+)?)(.*)$/.exec(l)!;
        return `${m[1]}${JSON.stringify(m[2]).slice(0, -1)}${esc}"`;
      }).join('\n');
      return make(seed, `escape ${esc} in een tekst tussen aanhalingstekens`, fileText(seed, yaml), true);
    }));
  }
  return fc.oneof(...options);
};

/** Front matter fences an editor breaks. */
const fences: Mutation = (seed) => {
  if (!seed.markdown) return undefined;
  const y = seed.yaml;
  const b = seed.body;
  return fc.constantFrom(
    make(seed, 'front matter niet gesloten', `---\n${y}\n${b}`, true),
    make(seed, 'alleen ---', '---\n', true),
    make(seed, 'alleen --- en ---', '---\n---\n', true),
    make(seed, 'geen front matter', b, true),
    make(seed, 'lege regel voor ---', `\n---\n${y}\n---\n${b}`, false),
    make(seed, 'ingesprongen openingsregel', `  ---\n${y}\n---\n${b}`, false),
    make(seed, 'ingesprongen sluitregel', `---\n${y}\n  ---\n${b}`, false),
    make(seed, 'sluitregel met tab', `---\n${y}\n---\t\n${b}`, false),
    make(seed, 'sluitregel met spaties', `---\n${y}\n---   \n${b}`, false),
    make(seed, 'sluitregel ----', `---\n${y}\n----\n${b}`, false),
    make(seed, 'sluitregel --- met tekst', `---\n${y}\n--- einde\n${b}`, false),
    make(seed, 'sluitregel ...', `---\n${y}\n...\n${b}`, false),
    make(seed, 'TOML-front matter', `+++\ntitel = "x"\n+++\n${b}`, true),
  );
};

/** Markup, scripts, dangerous links and MDX in the body or in a Markdown field. */
const markdownInjection: Mutation = (seed) => {
  const mdFields = fieldsOf(seed, (p, v) => typeof v === 'string' && MARKDOWN_FIELDS.has(dotted(p)));
  const snippet = fc.oneof(fc.constantFrom(...BAD_MARKDOWN).map((s) => [s, true] as const), fc.constantFrom(...HARMLESS_MARKDOWN).map((s) => [s, false] as const));
  const options: fc.Arbitrary<FuzzCase>[] = [];
  if (seed.markdown) {
    const lines = seed.body.split('\n');
    options.push(fc.tuple(snippet, fc.nat(lines.length), fc.boolean()).map(([[s, bad], at, inline]) => {
      const copy = [...lines];
      // On a line of its own (a block) or inside a sentence (inline).
      const joined = inline && copy[at]?.trim();
      if (joined) copy[at] = `${copy[at]} ${s}`;
      else copy.splice(at, 0, '', s, '');
      return make(seed, `in de tekst: ${s}`, fileText(seed, seed.yaml, copy.join('\n')), bad && !(joined && blockOnly(s)));
    }));
  }
  if (mdFields.length) {
    options.push(fc.tuple(fc.constantFrom(...mdFields), snippet).map(([[path, v], [s, bad]]) =>
      make(seed, `in ${dotted(path)}: ${s}`, compose(seed, setAt(seed.data, path, `${v as string} ${s}`)), bad && !blockOnly(s))));
  }
  return options.length ? fc.oneof(...options) : undefined;
};

/** File names with upper case, spaces, accents, emoji or another extension. */
const fileName: Mutation = (seed) => {
  const dir = seed.entry.file.split('/')[0];
  const ext = seed.markdown ? '.md' : '.yaml';
  const id = seed.entry.id;
  return fc.constantFrom(
    `${id[0]!.toUpperCase()}${id.slice(1)}${ext}`, `${id.replace('-', ' ')}${ext}`, `${id.replace(/e/, 'é')}${ext}`, `${id}-🙂${ext}`,
    `${id}.${ext.slice(1).toUpperCase()}`, `${id}${ext === '.md' ? '.markdown' : '.yml'}`, `_${id}${ext}`, `${id}-${ext}`, `-${id}${ext}`,
    `${id.replace(/e/, 'e\u0301')}${ext}`, `${id} ${ext}`, `${id}--kopie${ext}`,
  ).filter((name) => name !== `${id}${ext}`).map((name) => make(seed, `bestandsnaam ${name}`, seed.entry.text, true, `${dir}/${name}`));
};

const empty: Mutation = (seed) =>
  fc.constantFrom('', ' ', '\n', '\n\n\n', '\uFEFF', '\r\n', '#', '---').map((t) => make(seed, `leeg bestand ${JSON.stringify(t)}`, t, true));

/** The seed's data in another legal notation: the check must accept it and the page must not change. */
export const notation = (seed: Seed): fc.Arbitrary<FuzzCase> =>
  fc.record({
    flowLevel: fc.constantFrom(-1, 0, 1, 2),
    quotingType: fc.constantFrom('"' as const, "'" as const),
    forceQuotes: fc.boolean(),
    indent: fc.constantFrom(2, 4),
    lineWidth: fc.constantFrom(-1, 40, 80),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    reorder: fc.boolean(),
    comment: fc.boolean(),
  }).map(({ crlf, bom, reorder, comment, ...n }) => {
    const data = reorder ? Object.fromEntries(Object.entries(seed.data).reverse()) : seed.data;
    let text = fileText(seed, (comment ? '# Opmerking van de redactie\n' : '') + yamlText(data, n));
    if (crlf) text = text.replace(/\r?\n/g, '\r\n');
    if (bom) text = `\uFEFF${text}`;
    return make(seed, `andere notatie ${JSON.stringify({ ...n, crlf, bom, reorder, comment })}`, text, false);
  });

const MUTATIONS: Mutation[] = [dropField, duplicateField, retype, unknownKey, oddText, oddNumber, oddDate, brokenYaml, invisible, fences, markdownInjection, fileName, empty];

/**
 * Every kind of mutation of every seed, with equal weight per kind; a third of them also saved with
 * Windows line endings or a byte order mark, as an editor on Windows would, which changes no verdict.
 */
export function caseArbitrary(seeds: Seed[]): fc.Arbitrary<FuzzCase> {
  const mutated = fc.constantFrom(...seeds).chain((seed) => {
    const arbs = [...MUTATIONS.map((m) => m(seed)), notation(seed)].filter((a): a is fc.Arbitrary<FuzzCase> => a !== undefined);
    return fc.oneof(...arbs);
  });
  return fc.tuple(mutated, fc.constantFrom('', '', '', '', 'CRLF', 'BOM')).map(([c, saved]) => {
    if (!saved) return c;
    const text = saved === 'CRLF' ? c.text.replace(/\r?\n/g, '\r\n') : c.text.startsWith('\uFEFF') ? c.text : `\uFEFF${c.text}`;
    return { ...c, kind: `${c.kind}, opgeslagen met ${saved}`, text };
  });
}
