// Synthetic good-practice fiches for the benchmark: valid against the goedePraktijk schema, with
// taxonomy ids from content/taxonomie and owners from content/organisaties, and Dutch text of the
// length and shape of a real fiche (headings, paragraphs, a list, internal and external links).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SEED_PAGE } from '../../src/utils/fixedPages.ts';
import { averageWords, realFiches, textModel } from './textModel.ts';

/** Small seeded PRNG (mulberry32): the same size gives the same fiches on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(next() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  return { next, pick, some };
}

const GEMEENTEN = [
  'Aalst', 'Antwerpen', 'Asse', 'Brugge', 'Dendermonde', 'Dilbeek', 'Genk', 'Gent', 'Geel', 'Hasselt', 'Kortrijk',
  'Leuven', 'Lier', 'Lokeren', 'Mechelen', 'Menen', 'Ninove', 'Oostende', 'Roeselare', 'Ronse', 'Sint-Niklaas',
  'Sint-Truiden', 'Tienen', 'Turnhout', 'Vilvoorde', 'Waregem', 'Wetteren', 'Zaventem', 'Zottegem', 'Beringen',
];
const AANPAKKEN = [
  'Buurtgesprekken', 'Dialoogtafels', 'Wijkambassadeurs', 'Straathoekwerk', 'Ontmoetingsmomenten', 'Peer-educatie',
  'Verbindende gesprekken', 'Buurtbemiddeling', 'Mediawijsheid in de klas', 'Samen koken', 'Sport en ontmoeting',
  'Vormingsreeks', 'Netwerk van sleutelfiguren', 'Tegenverhalen', 'Levensbeschouwelijke dialoog', 'Jongerenraad',
];
const DOELEN = [
  'het vertrouwen tussen buurtbewoners te versterken', 'wij-zij-denken bespreekbaar te maken',
  'jongeren een stem te geven in hun wijk', 'spanningen vroeg te signaleren', 'desinformatie te leren herkennen',
  'haatspraak online en offline te beantwoorden', 'nieuwkomers en oudere bewoners met elkaar in contact te brengen',
  'professionals te leren omgaan met polarisering', 'ouders en scholen dichter bij elkaar te brengen',
];
const LEERPUNTEN = [
  'Neem voldoende tijd om vertrouwen op te bouwen voor je concrete acties plant.',
  'Betrek de doelgroep van bij het begin bij het ontwerp van de activiteiten.',
  'Zorg voor een vaste contactpersoon die bereikbaar blijft na het project.',
  'Maak duidelijke afspraken met partners over rollen en verwachtingen.',
  'Voorzie een budget voor kleine, onverwachte kosten zoals vervoer of catering.',
  'Kies een neutrale locatie waar iedereen zich welkom voelt.',
];
const SLEUTELWOORDEN = [
  'dialoog', 'buurtwerking', 'polarisatie', 'vertrouwen', 'jongeren', 'ontmoeting', 'mediawijsheid', 'haatspraak',
  'samenleven', 'diversiteit', 'preventie', 'participatie', 'nieuwkomers', 'verbinding', 'weerbaarheid',
];

const yamlIds = (file: string) => (parse(readFileSync(file, 'utf8')) as { id: string }[]).map((t) => t.id);

/** Writes `count` fiches into <root>/content/goede-praktijken and returns their ids. */
export function generatePractices(root: string, count: number): string[] {
  const tax = (name: string) => yamlIds(join(root, 'content/taxonomie', `${name}.yaml`));
  const thema = tax('thema');
  const doelgroep = tax('doelgroep');
  const schaal = tax('schaal');
  const provincie = tax('provincie');
  const type = tax('praktijktype');
  const status = tax('status');
  const organisaties = readdirSync(join(root, 'content/organisaties')).map((f) => f.replace(/\.yaml$/, ''));
  // A contact page must be on the owner's own site (the content check's rule), so only owners with a website get one.
  const website = new Map(organisaties.map((o) => [o, (parse(readFileSync(join(root, 'content/organisaties', `${o}.yaml`), 'utf8')) as { website?: string }).website]));
  const r = rng(count);
  const real = realFiches(root);
  const prose = textModel([...real.map((f) => f.samenvatting), ...real.map((f) => f.body)], r.next);
  const summaryWords = averageWords(real.map((f) => f.samenvatting));
  // The body's prose, less what the template below writes around it.
  const paragraphWords = Math.max(20, Math.round((averageWords(real.map((f) => f.body)) - summaryWords - 90) / 3));
  const dir = join(root, 'content/goede-praktijken');
  mkdirSync(dir, { recursive: true });
  const ids: string[] = [];

  for (let i = 0; i < count; i++) {
    const gemeente = r.pick(GEMEENTEN);
    const aanpak = r.pick(AANPAKKEN);
    const doel = r.pick(DOELEN);
    const id = `${aanpak}-${gemeente}-${i}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-');
    const start = 2015 + Math.floor(r.next() * 10);
    const slug = gemeente.toLowerCase().replace(/[^a-z]+/g, '-');
    const eigenaar = r.pick(organisaties);
    const site = website.get(eigenaar);
    const data = {
      titel: `${aanpak} in ${gemeente}`,
      samenvatting: `${gemeente} zet ${aanpak.toLowerCase()} in om ${doel}. ${prose.words(summaryWords - 8)}`.slice(0, 320),
      type: r.pick(type),
      themas: r.some(thema, 1, 2),
      doelgroepen: r.some(doelgroep, 1, 3),
      schaal: r.some(schaal, 1, 2),
      gemeenten: [gemeente],
      provincies: r.some(provincie, 1, 1),
      periode: r.next() < 0.5 ? { start } : { start, einde: start + 1 + Math.floor(r.next() * 3) },
      leerpunten: [...r.some(LEERPUNTEN, 1, 2), ...Array.from({ length: 2 }, () => prose.words(16))],
      zieOok: [{ titel: `Verslag van ${aanpak.toLowerCase()} in ${gemeente}`, url: `https://www.${slug}.be/verslag-${i}` }],
      sleutelwoorden: r.some(SLEUTELWOORDEN, 3, 6),
      verwant: ids.length > 2 ? [...new Set([r.pick(ids), r.pick(ids)])] : [],
      eigenaar,
      partners: r.some(organisaties, 0, 2),
      contact: r.next() < 0.5 || !site ? { email: `samenleven@${slug}.be` } : { website: new URL('contact', site).href },
      bronGeraadpleegd: '2026-09-15',
      contactGecontroleerd: '2026-10-01',
      status: r.pick(status),
      bron: [`https://www.${slug}.be/nieuws/${id}`],
    };
    const paragraph = () => prose.words(paragraphWords);
    const body = [
      '## Projectaanpak',
      '',
      // Real bodies open by restating the summary in other words; the repetition is part of how they compress.
      `In ${gemeente} loopt sinds ${start} een project rond ${aanpak.toLowerCase()}. ${data.samenvatting} ${paragraph()}`,
      '',
      paragraph(),
      '',
      'Het verloop:',
      '',
      '1. Een verkennende fase met gesprekken in de buurt.',
      '2. Een reeks activiteiten met de deelnemers.',
      `3. Een evaluatie samen met de partners en de [stad ${gemeente}](https://www.${slug}.be/).`,
      '',
      '## Resultaten',
      '',
      `${paragraph()} Meer over het beleid leest u bij [Preventie van gewelddadige radicalisering](${SEED_PAGE.href}).`,
      '',
      `Vragen? Mail naar [samenleven@${slug}.be](mailto:samenleven@${slug}.be).`,
      '',
    ].join('\n');
    writeFileSync(join(dir, `${id}.md`), `---\n${stringify(data)}---\n\n${body}`);
    ids.push(id);
  }
  return ids;
}
