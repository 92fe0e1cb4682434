import { describe, expect, it } from 'vitest';
import nl from '@/i18n/nl.json';
import { addBanner } from '../../../scripts/archive/banner.ts';

const page = '<html><head><title>t</title></head><body class="x"><p>inhoud</p></body></html>';
const info = { datum: '25 november 2026', commit: '0123456789', liveUrl: 'https://www.example.org/databank/', cssHref: '../archief.css' };

describe('the archive banner', () => {
  it('comes first in the body, in the Dutch of src/i18n/nl.json', () => {
    const html = addBanner(page, info);
    expect(html).toContain(`<body class="x"><div class="archief-banner" role="note" aria-label="${nl.archief.label}">`);
    expect(html).toContain(nl.archief.kopieVan.replace('{datum}', info.datum));
    expect(html).toContain(nl.archief.bekijkActueel);
  });

  it('marks the live link like every link that leaves the site', () => {
    expect(addBanner(page, info)).toContain(
      `<a href="${info.liveUrl}" target="_blank" rel="noopener noreferrer">${nl.archief.bekijkActueel}<span class="link-marker"> (${nl.link.nieuwVenster})</span></a>`,
    );
  });

  it('keeps markup in a date, commit or address as text', () => {
    const html = addBanner(page, { ...info, datum: '<b>1</b>', commit: '<script>x</script>', liveUrl: 'https://www.example.org/"><img src=x>' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('"><img');
  });

  it('links the banner stylesheet in the head', () => {
    expect(addBanner(page, info)).toContain('<link rel="stylesheet" href="../archief.css"></head>');
  });
});
