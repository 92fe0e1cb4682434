import type { AstroIntegration } from 'astro';
import { checkContent } from '../check/index.ts';
import { reportLines } from '../check/report.ts';
import { contentRoot } from '../schemas/taxonomies.ts';

export interface ContentCheckOptions {
  /** Content root to check; defaults to CONTENT_ROOT or ./content, like the schemas. */
  root?: string;
}

/**
 * Runs `npm run check` inside Astro, before any page is rendered: a bare `astro build` then stops
 * on broken content instead of writing a partial site. In `astro dev` the findings are logged and
 * the server keeps running, so an editor can fix them while previewing.
 */
export default function contentCheck(options: ContentCheckOptions = {}): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const result = checkContent(options.root ?? contentRoot());
        const report = reportLines(result).join('\n');
        if (result.errors.length && command === 'build') {
          throw new Error(`De inhoud bevat fouten; de site wordt niet gebouwd.\n${report}`);
        }
        if (result.errors.length) logger.error(report);
        else if (result.warnings.length) logger.warn(report);
        else logger.info(report);
      },
    },
  };
}
