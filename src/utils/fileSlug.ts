import { slug } from 'github-slugger';

// Letters that Unicode does not split into a base letter and an accent.
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', þ: 'th', ı: 'i' };

/**
 * The file name (and so the URL segment) for a title: github-slugger, the way Astro derives ids,
 * after dropping accents, so it holds only lower-case letters, digits and single hyphens.
 */
export function fileSlug(title: string): string {
  const plain = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæøœłđþı]/g, (c) => LETTERS[c]!);
  return slug(plain)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
