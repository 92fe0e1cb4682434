import { termLabel } from '@/schemas/taxonomies';
import { SITE_URL, OPEN_DATA_LICENCE_URL } from '@/config';
import nl from '@/i18n/nl.json';
import { databankEntries } from './databankEntries';
import { organisation } from './organisations';
import { gitLastUpdated } from './lastUpdated';
import { markdownBody } from './markdownBody';
import { openDataRecord } from './openDataRecord';
import { openDataSchemas, type OpenDataBestand } from './openDataSchema';
import { overviewPath } from './paths';

export const OPEN_DATA_PATHS = {
  json: '/databank/goede-praktijken.json',
  csv: '/databank/goede-praktijken.csv',
  schema: '/databank/goede-praktijken.schema.json',
} as const;

let cached: Promise<OpenDataBestand> | undefined;

/**
 * The open data file: every published entry as a record. Parsed with the open data schema before it is
 * written, so a record that does not match its published JSON Schema fails the build instead of a re-user.
 */
export function databankOpenData(): Promise<OpenDataBestand> {
  cached ??= (async () => {
    const entries = await databankEntries();
    const titles = new Map(entries.map((e) => [e.id, e.data.titel]));
    const names = new Map<string, string>();
    for (const e of entries) {
      for (const ref of [e.data.eigenaar, ...e.data.partners]) names.set(ref.id, (await organisation(ref)).data.naam);
    }
    const records = entries.map((e) =>
      openDataRecord(
        {
          id: e.id,
          // A related entry that is still a draft is not published, so it is left out here as on the fiche.
          data: { ...e.data, verwant: e.data.verwant.filter((r) => titles.has(r.id)) },
          body: e.filePath ? markdownBody(e.filePath) : '',
          updated: e.filePath ? gitLastUpdated(e.filePath) : undefined,
        },
        {
          siteUrl: SITE_URL,
          organisationName: (id) => names.get(id) ?? id,
          practiceTitle: (id) => titles.get(id) ?? id,
          termLabel,
        },
      ),
    );
    const file = {
      $schema: new URL(OPEN_DATA_PATHS.schema, SITE_URL).href,
      naam: nl.databank.titel,
      url: new URL(overviewPath('goede-praktijken'), SITE_URL).href,
      licentie: { naam: nl.databank.licentie, url: OPEN_DATA_LICENCE_URL },
      aantal: records.length,
      praktijken: records,
    };
    return openDataSchemas().bestand.parse(file);
  })();
  return cached;
}
