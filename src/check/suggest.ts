import { closest, distance } from 'fastest-levenshtein';

/** The allowed value closest to what was typed, when it is close enough to be a typo. */
export function nearest(value: string, allowed: readonly string[], maxDistance = Math.max(2, Math.floor(value.length / 3))): string | undefined {
  if (!allowed.length) return undefined;
  const best = closest(value, [...allowed]);
  return distance(value.toLowerCase(), best.toLowerCase()) <= maxDistance ? best : undefined;
}

/** `rest`, preceded by "Bedoelt u "x"?" when what was typed looks like a typo of an allowed value. */
export function didYouMean(value: string, allowed: readonly string[], rest: string, maxDistance?: number): string {
  const n = nearest(value, allowed, maxDistance);
  return n ? `bedoelt u "${n}"? Anders: ${rest}` : rest;
}
