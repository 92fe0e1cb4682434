import { existsSync } from 'node:fs';

/** Browser tests run against the built site; `npm test` builds it first. */
export default function setup(): void {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ ontbreekt: voer eerst "npm run build" uit (npm test doet dat zelf).');
  }
}
