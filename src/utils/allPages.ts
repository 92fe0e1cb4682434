import { published } from './published';
import { beleidPath } from './beleidPath';
import { practicePath, projectPath } from './paths';

export interface PageRef {
  titel: string;
  href: string;
  /** Dutch content type label. */
  soort: string;
}

/** Every content page of the site, for the A-Z index. Fixed pages are added by the caller. */
export async function contentPages(): Promise<PageRef[]> {
  const beleid = await published('beleid');
  const projecten = await published('projecten');
  const praktijken = await published('goede-praktijken');
  return [
    ...beleid.map((e) => ({ titel: e.data.titel, href: beleidPath(e, beleid), soort: 'Beleid' })),
    ...projecten.map((e) => ({ titel: e.data.titel, href: projectPath(e.id), soort: 'Project' })),
    ...praktijken.map((e) => ({ titel: e.data.titel, href: practicePath(e.id), soort: 'Goede praktijk' })),
  ];
}
