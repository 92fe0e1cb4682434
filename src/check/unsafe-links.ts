import { unsafeScheme } from '../../src/utils/safeHref.ts';

/**
 * A link or image whose address a browser would run or open as something other than a web page:
 * `javascript:`, `data:`, `vbscript:`, `file:`, … The build renders such links as plain text
 * (src/markdown/link-markers.ts), so the check stops them before an editor thinks they work.
 */
export function unsafeLink(url: string, what: 'link' | 'afbeelding'): { message: string; fix: string } | undefined {
  const scheme = unsafeScheme(url);
  if (!scheme) return undefined;
  return {
    message: `een ${what} met een adres dat begint met "${scheme}" is niet toegelaten: alleen webadressen (https://…), mailto:, tel: en pagina’s van deze site werken veilig voor elke bezoeker`,
    fix: what === 'link'
      ? 'verwijs naar een webpagina (https://…) of een pagina van deze site (/…), of verwijder de link'
      : 'zet de afbeelding als bestand naast de pagina of in public/ en verwijs ernaar met haar bestandsnaam',
  };
}
