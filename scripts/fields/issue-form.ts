import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadTaxonomy, type TaxonomyName } from '../../src/schemas/taxonomies.ts';
import { buildSchemas } from '../../src/check/schemas.ts';
import { describeAt, objectShape, unwrap } from '../../src/check/shape.ts';

/** Fields of a good practice the redactie fills in itself when it turns a proposal into a file. */
export const NOT_ASKED: Record<string, string> = {
  bijgewerkt: 'de git-geschiedenis geeft de datum',
  draft: 'de redactie beslist over publicatie',
  verwant: 'de redactie legt de verbanden',
  contactGecontroleerd: 'de redactie controleert het contact',
  bronGeraadpleegd: 'de redactie leest de bronnen na',
  inDatabank: 'alleen voor fiches uit de oorspronkelijke Databank',
};

/** Fields asked as a choice from a taxonomy; the rest are text. */
const CHOICES: Record<string, { taxonomy: TaxonomyName; multiple: boolean }> = {
  type: { taxonomy: 'praktijktype', multiple: false },
  themas: { taxonomy: 'thema', multiple: true },
  doelgroepen: { taxonomy: 'doelgroep', multiple: true },
  schaal: { taxonomy: 'schaal', multiple: true },
  provincies: { taxonomy: 'provincie', multiple: true },
  status: { taxonomy: 'status', multiple: false },
};

const LABELS: Record<string, string> = {
  titel: 'Naam van de praktijk', samenvatting: 'Samenvatting', type: 'Soort praktijk', themas: 'Thema’s',
  doelgroepen: 'Doelgroepen', schaal: 'Schaal', gemeenten: 'Gemeenten', provincies: 'Provincies', periode: 'Looptijd',
  leerpunten: 'Leerpunten', zieOok: 'Meer lezen', sleutelwoorden: 'Sleutelwoorden', eigenaar: 'Projecteigenaar',
  partners: 'Partners', contact: 'Contact', status: 'Status', bron: 'Bronnen',
};

const MULTILINE = new Set(['samenvatting', 'leerpunten', 'zieOok', 'partners', 'contact', 'bron']);

/**
 * The issue form "Nieuwe goede praktijk voorstellen": one question per field of the good-practice
 * schema (ids are the field names), taxonomy fields as choices, plus the description itself.
 */
export function issueForm(root = resolve('content')): string {
  const schema = buildSchemas(root, new Map()).goedePraktijk;
  const body: unknown[] = [
    { type: 'markdown', attributes: { value: 'Bedankt om een goede praktijk voor te stellen voor de Databank sociale samenhang. De redactie bekijkt uw voorstel en maakt er een fiche van. Vermeld alleen functionele contactgegevens, geen persoonlijke.' } },
  ];
  for (const [key, field] of Object.entries(objectShape(schema))) {
    if (NOT_ASKED[key]) continue;
    const required = !unwrap(field).optional && !unwrap(field).hasDefault;
    const description = describeAt(schema, [key]) ?? '';
    const choice = CHOICES[key];
    if (choice) {
      body.push({ type: 'dropdown', id: key, attributes: { label: LABELS[key] ?? key, description, multiple: choice.multiple, options: loadTaxonomy(choice.taxonomy, root).map((t) => t.label) }, validations: { required } });
    } else {
      body.push({ type: MULTILINE.has(key) ? 'textarea' : 'input', id: key, attributes: { label: LABELS[key] ?? key, description }, validations: { required } });
    }
  }
  body.push({ type: 'textarea', id: 'beschrijving', attributes: { label: 'Beschrijving', description: 'Wat is de praktijk, hoe pak je het aan, wat leverde het op? Dit wordt de tekst van de fiche.' }, validations: { required: true } });
  return `# Gegenereerd door npm run docs:fields uit het schema van goede praktijken; niet met de hand aanpassen.\n${stringify(
    { name: 'Nieuwe goede praktijk voorstellen', description: 'Stel een praktijk voor voor de Databank sociale samenhang.', title: '[Goede praktijk]: ', labels: ['goede praktijk', 'inhoud'], body },
    { lineWidth: 0 },
  )}`;
}
