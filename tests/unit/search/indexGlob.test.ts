import { describe, expect, it } from 'vitest';
import { ALL_HTML, indexGlob } from '../../../src/integrations/indexGlob';

const site = [
  { path: 'index.html', indexed: false },
  { path: '404.html', indexed: false },
  { path: 'databank/index.html', indexed: false },
  { path: 'databank/burenbemiddeling-gent/index.html', indexed: true },
  { path: 'databank/dialoogtafels/index.html', indexed: true },
  { path: 'databank/thema/haatspraak/index.html', indexed: false },
  { path: 'projecten/index.html', indexed: false },
  { path: 'projecten/polarprof/index.html', indexed: true },
  { path: 'projecten/archief/index.html', indexed: false },
  { path: 'sociale-cohesie/index.html', indexed: true },
  { path: 'sociale-cohesie/preventie/index.html', indexed: true },
];

describe('the glob of indexed pages', () => {
  it('uses a wildcard for a folder level whose pages are all indexed', () => {
    expect(indexGlob(site)).toContain('databank/*/*.html');
    expect(indexGlob(site)).toContain('sociale-cohesie/*.html');
  });

  it('names the indexed pages of a level that also holds listing pages', () => {
    expect(indexGlob(site)).toContain('projecten/polarprof/index.html');
    expect(indexGlob(site)).not.toContain('archief');
  });

  it('leaves out levels without indexed pages', () => {
    const glob = indexGlob(site);
    expect(glob).not.toContain('thema');
    expect(glob).not.toMatch(/(^|[{,])index\.html/);
  });

  it('reads everything when a file name holds glob syntax', () => {
    expect(indexGlob([...site, { path: 'rare{naam}/index.html', indexed: true }])).toBe(ALL_HTML);
  });

  it('is exactly one pattern when one will do', () => {
    expect(indexGlob([{ path: 'a/b.html', indexed: true }])).toBe('a/*.html');
  });
});
