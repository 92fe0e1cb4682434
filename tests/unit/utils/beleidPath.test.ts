import { describe, expect, it } from 'vitest';
import { beleidAncestry, beleidPath } from '@/utils/beleidPath';

const root = { id: 'sociale-cohesie', data: {} };
const seed = { id: 'preventie', data: { ouder: { id: 'sociale-cohesie' } } };
const child = { id: 'achtergrond', data: { ouder: { id: 'preventie' } } };
const all = [root, seed, child];

describe('policy page paths', () => {
  it('nests a page under its ancestors', () => {
    expect(beleidPath(child, all)).toBe('/sociale-cohesie/preventie/achtergrond/');
  });

  it('gives a root page a one-segment path', () => {
    expect(beleidPath(root, all)).toBe('/sociale-cohesie/');
  });

  it('lists the ancestry root first', () => {
    expect(beleidAncestry(child, all).map((e) => e.id)).toEqual(['sociale-cohesie', 'preventie', 'achtergrond']);
  });

  it('refuses a cycle instead of looping', () => {
    const a = { id: 'a', data: { ouder: { id: 'b' } } };
    const b = { id: 'b', data: { ouder: { id: 'a' } } };
    expect(() => beleidPath(a, [a, b])).toThrow(/kring/);
  });
});
