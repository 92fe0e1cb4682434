import { closest, distance } from 'fastest-levenshtein';

/** The allowed value closest to what was typed, when it is close enough to be a typo. */
export function nearest(value: string, allowed: readonly string[], maxDistance = Math.max(2, Math.floor(value.length / 3))): string | undefined {
  if (!allowed.length) return undefined;
  const best = closest(value, [...allowed]);
  return distance(value.toLowerCase(), best.toLowerCase()) <= maxDistance ? best : undefined;
}

/** "bedoelt u "x"? " when there is a likely typo, else nothing. */
export const didYouMean = (value: string, allowed: readonly string[]): string => {
  const n = nearest(value, allowed);
  return n ? `bedoelt u "${n}"? ` : '';
};
