import { z } from 'astro/zod';
import { makeSchemas } from '@/schemas/collections';

/**
 * The shape of the open data, derived from the same goedePraktijk schema the content is checked with,
 * so a new or renamed field shows up in the JSON, the CSV and the JSON Schema at once.
 * References become { id, naam | titel | label } and dates become YYYY-MM-DD strings.
 * A function, not a constant: the enums come from the taxonomy files of the content root in use.
 */
export function openDataSchemas() {
  const shape = makeSchemas(() => z.string()).goedePraktijk.shape;
  const term = <T extends z.ZodType>(id: T, description: string | undefined) =>
    z.object({ id, label: z.string().describe('Naam zoals bezoekers die lezen') }).describe(description ?? '');
  const terms = <T extends z.ZodType>(id: T, description: string | undefined) =>
    z.array(term(id, undefined)).min(1).describe(description ?? '');
  const organisatie = z.object({
    id: z.string().describe('Id van de organisatie'),
    naam: z.string().describe('Officiële naam van de organisatie'),
  });

  const { draft: _draft, ...published } = shape;
  const praktijk = z
    .object({
      id: z.string().describe('Vaste id van de praktijk, ook het laatste deel van haar webadres'),
      url: z.url().describe('Webadres van de fiche'),
      ...published,
      bijgewerkt: z.iso.date().optional().describe(shape.bijgewerkt.description ?? ''),
      type: term(shape.type, shape.type.description),
      themas: terms(shape.themas.element, shape.themas.description),
      doelgroepen: terms(shape.doelgroepen.element, shape.doelgroepen.description),
      schaal: terms(shape.schaal.element, shape.schaal.description),
      provincies: terms(shape.provincies.element, shape.provincies.description),
      gemeenten: z.array(z.string()).describe(shape.gemeenten.description ?? ''),
      zieOok: z.array(z.object({ titel: z.string(), url: z.url() })).describe(shape.zieOok.description ?? ''),
      verwant: z
        .array(z.object({ id: z.string().describe('Id van de praktijk'), titel: z.string().describe('Titel van de praktijk') }))
        .describe(shape.verwant.description ?? ''),
      eigenaar: organisatie.describe(shape.eigenaar.description ?? ''),
      partners: z.array(organisatie).describe(shape.partners.description ?? ''),
      bronGeraadpleegd: z.iso.date().describe(shape.bronGeraadpleegd.description ?? ''),
      contactGecontroleerd: z.iso.date().optional().describe(shape.contactGecontroleerd.description ?? ''),
      status: term(shape.status, shape.status.description),
      inDatabank: z.boolean().describe(shape.inDatabank.description ?? ''),
      tekst: z.string().describe('Tekst van de fiche in Markdown, met de sectie "Projectaanpak"'),
    })
    .strict();

  const bestand = z
    .object({
      $schema: z.string().describe('Webadres van dit JSON Schema'),
      naam: z.string().describe('Naam van de dataset'),
      url: z.url().describe('Webpagina van de dataset'),
      licentie: z.object({ naam: z.string(), url: z.url() }).describe('Licentie van de gegevens'),
      aantal: z.number().int().min(0).describe('Aantal praktijken in het bestand'),
      praktijken: z.array(praktijk).describe('De goede praktijken, alfabetisch op titel'),
    })
    .strict();

  return { praktijk, bestand };
}

export type OpenDataPraktijk = z.infer<ReturnType<typeof openDataSchemas>['praktijk']>;
export type OpenDataBestand = z.infer<ReturnType<typeof openDataSchemas>['bestand']>;
