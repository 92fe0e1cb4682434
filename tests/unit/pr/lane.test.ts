import { describe, expect, it } from 'vitest';
import { chooseLane } from '../../../scripts/pr/lane';

const used = new Set(['public/afbeeldingen/kaart.png']);

describe('the CI lane of a change', () => {
  it('takes the content lane when only content files change', () => {
    expect(chooseLane([{ status: 'M', path: 'content/goede-praktijken/a.md' }, { status: 'A', path: 'content/beleid/b.png' }], used)).toEqual({ lane: 'inhoud' });
  });

  it('takes the content lane for a content rename with its redirect line', () => {
    const files = [{ status: 'R' as const, from: 'content/projecten/a.md', path: 'content/projecten/b.md' }, { status: 'M' as const, path: 'src/redirects.ts' }];
    expect(chooseLane(files, used)).toEqual({ lane: 'inhoud' });
  });

  it('takes the content lane for an image under public/ that content shows', () => {
    expect(chooseLane([{ status: 'M', path: 'public/afbeeldingen/kaart.png' }], used)).toEqual({ lane: 'inhoud' });
  });

  it('runs the full suite for an image under public/ that no content shows (a layout may use it)', () => {
    expect(chooseLane([{ status: 'M', path: 'public/favicon.png' }], used)).toEqual({ lane: 'volledig', reason: 'public/favicon.png is geen inhoud' });
  });

  it('runs the full suite as soon as one file is code', () => {
    const files = [{ status: 'M' as const, path: 'content/beleid/a.md' }, { status: 'M' as const, path: 'src/components/Footer.astro' }];
    expect(chooseLane(files, used)).toEqual({ lane: 'volledig', reason: 'src/components/Footer.astro is geen inhoud' });
  });

  it('runs the full suite when a file is moved out of content/', () => {
    expect(chooseLane([{ status: 'R', from: 'scripts/x.ts', path: 'content/x.md' }], used).lane).toBe('volledig');
  });
});
