/** Values the mutations put into fields and bodies. */
import fc from 'fast-check';

const DEEP_QUOTE = `${'>'.repeat(300)} diep citaat`;
const NINE_LEVELS = '- a\n  - b\n    - c\n      - d\n        - e\n          - f\n            - g\n              - h\n                - i';

/**
 * Snippets that are only wrong on a line of their own: import/export start MDX only at the start of a
 * paragraph, `>` only quotes there, and a list after text in the same line loses its first level.
 */
export const blockOnly = (snippet: string) => /^(import|export)\s/.test(snippet) || snippet === DEEP_QUOTE || snippet === NINE_LEVELS;

export const anyScalar = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 30 }),
);
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  anyScalar,
  fc.array(anyScalar, { maxLength: 3 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), anyScalar, { maxKeys: 3 }),
);

/** Strings an editor (or a copy from Word) could put in a text field. */
export const oddString = fc.oneof(
  fc.constantFrom(
    '', ' ', '\t', 'x'.repeat(5000), 'Woord '.repeat(1000), '🙂'.repeat(40), '<script>alert(1)</script>', '<b>vet</b> en <i>schuin</i>',
    '"); alert(1); //', '</script><script>alert(1)</script>', '{{ titel }}', '${titel}', '&amp; &lt;b&gt;', 'Ligne\u2028séparée',
    '\u202Eomgekeerd', 'zero\u200Bwidth', 'a\\b', 'yes', 'null', '~', '2024-01-01', '12:30', '0x1F', '1e3', '.inf', '- lijst', '# kop',
    '[hier](javascript:alert(1))', 'https://', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  ),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Dates as people write them, none of them YYYY-MM-DD of a real day. */
export const badDate = fc.oneof(
  fc.constantFrom('30/11/2026', '2026/11/30', '30-11-2026', '2026-1-5', '2026-02-30', '2026-13-01', '2024-13-45', '0000-00-00',
    '2026-11-31', 'november 2026', '30 november 2026', '2026-11', '2026', '', '2026-11-30T10:00:00Z', '2026-11-30 10:00', '26-11-30'),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${m}-${String(d).padStart(2, '0')}`),
);

/** Links and markup a body must never carry to a page. */
export const BAD_MARKDOWN = [
  '<script>alert(1)</script>', '<div class="x">blok</div>', '<img src="x" onerror="alert(1)">', '<iframe src="https://example.org/"></iframe>',
  'Een <span style="color:red">rode</span> zin.', '<a href="https://example.org/">link</a>', '<!-- x --><style>body{display:none}</style>',
  '[hier](javascript:alert(1))', '[hier](JavaScript:alert(1))', '[hier](<javascript:alert(1)>)', '[hier](&#106;avascript:alert(1))',
  '[hier](java&#x09;script:alert(1))', '[hier](  javascript:alert(1)  )', '[hier](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[hier](vbscript:msgbox(1))', '[hier](file:///etc/passwd)', '<javascript:alert(1)>', '[hier][ref]\n\n[ref]: javascript:alert(1)',
  '![beeld](javascript:alert(1))', '![beeld](data:image/svg+xml,<svg onload=alert(1)>)', '[hier](data:,Hallo)',
  // Nesting that made the build hang in a Markdown field (unified is steeply slower per level).
  Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- diep`).join('\n'), DEEP_QUOTE, NINE_LEVELS,
  'import Kaart from "../Kaart.astro"', 'export const x = 1', '<Kaart />', '<Kaart titel="x">inhoud</Kaart>',
];
/** Markdown that looks dangerous but is plain text or code on the page. */
export const HARMLESS_MARKDOWN = [
  'a < b en c > d', '`<script>alert(1)</script>`', '```\n<script>alert(1)</script>\n```', '\\<div>geen html\\</div>', '&lt;script&gt;',
  '[hier](https://example.org/?q=<b>)', '**vet** en _schuin_', '[hier](https://example.org/ "titel met <b>")', 'javascript:alert(1)',
  '[mail](mailto:info@vvsg.be)', '[bel](tel:+3221234567)', '1 < 2 > 3 & 4', '<https://www.vlaanderen.be/>',
];
