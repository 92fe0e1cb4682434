import { createHash } from 'node:crypto';
import { databankEntries } from './databankEntries';
import { FACETS } from './databankFacets';
import { facetGroups } from './facetGroups';
import { filterIndex, type FilterIndex } from './filterIndex';
import { FILTER_DIR } from './filterDir';


const named = (prefix: string, body: string) => ({ name: `${prefix}-${createHash('sha256').update(body).digest('hex').slice(0, 12)}`, body });

let cached: Promise<{ href: string; files: { name: string; body: string }[] }> | undefined;

/** The filter index and its summary parts as files, and the URL of the index; built once per build. */
export function databankFilterFiles(): Promise<{ href: string; files: { name: string; body: string }[] }> {
  cached ??= databankEntries().then((entries) => {
    const groups = facetGroups(entries.map((e) => e.data));
    const facetten = Object.fromEntries(
      FACETS.map((f) => [f.key, groups.find((g) => g.facet.key === f.key)!.values.map((v) => ({ id: v.id, label: v.label }))]),
    ) as FilterIndex['facetten'];
    const { index, parts } = filterIndex(entries, facetten);
    const partFiles = parts.map((p, i) => named(`samenvattingen-${i}`, JSON.stringify(p)));
    const core = named('index', JSON.stringify({ ...index, delen: partFiles.map((f) => `${f.name}.json`) } satisfies FilterIndex));
    return { href: `${FILTER_DIR}${core.name}.json`, files: [core, ...partFiles] };
  });
  return cached;
}
