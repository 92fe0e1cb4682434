import { describe, expect, it } from 'vitest';
import { unsafeScheme } from '@/utils/safeHref';

describe('unsafeScheme', () => {
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'ja\nvascript:alert(1)', '\u0001javascript:alert(1)'])(
    'reads %j as javascript:, like a browser', (href) => {
      expect(unsafeScheme(href)).toBe('javascript:');
    });

  it.each([['data:,x', 'data:'], ['vbscript:x', 'vbscript:'], ['file:///etc/passwd', 'file:']])('names the scheme of %s', (href, scheme) => {
    expect(unsafeScheme(href)).toBe(scheme);
  });

  it.each(['https://www.vvsg.be/', 'http://x.be', 'mailto:info@vvsg.be', 'tel:+32', '/projecten/', '#top', 'plein.jpg', '//www.vvsg.be/', ''])(
    'accepts %j', (href) => {
      expect(unsafeScheme(href)).toBeUndefined();
    });
});
