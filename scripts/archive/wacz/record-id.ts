import { createHash } from 'node:crypto';

/**
 * A WARC-Record-ID that is the same on every run: a name-based UUID (RFC 9562 version 8) from
 * the record's type, URI and date, so two archives of one commit are byte-identical.
 */
export function recordId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}>`;
}
