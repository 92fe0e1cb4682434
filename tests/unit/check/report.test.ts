import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { reportLines } from '../../../src/check/report.ts';
import type { Problem } from '../../../src/check/problem.ts';

const problem = (severity: Problem['severity']): Problem => ({
  severity, file: resolve('content/beleid/x.md'), line: 7, field: 'themas[2]', message: 'onbekende waarde', fix: 'kies een id',
});

describe('the check report', () => {
  it('lists errors, then warnings, then a Dutch summary', () => {
    const lines = reportLines({ errors: [problem('fout')], warnings: [problem('waarschuwing')], entries: 3 });
    expect(lines[0]).toMatch(/^Fouten \(1\)/);
    expect(lines[1]).toBe('content/beleid/x.md:7: themas[2] — onbekende waarde — kies een id');
    expect(lines[3]).toMatch(/^Waarschuwingen \(1\)/);
    expect(lines.at(-1)).toBe('3 bestanden gecontroleerd: 1 fout(en), 1 waarschuwing(en). Uitleg bij elke melding: CONTRIBUTING.md.');
  });

  it('adds GitHub annotations so a pull request shows each finding on its line', () => {
    const lines = reportLines({ errors: [problem('fout')], warnings: [], entries: 1 }, true);
    expect(lines).toContain('::error file=content/beleid/x.md,line=7::themas[2] — onbekende waarde — kies een id');
  });

  it('says the content is fine when there is nothing to report', () => {
    expect(reportLines({ errors: [], warnings: [], entries: 5 })).toEqual(['5 bestanden gecontroleerd: inhoud in orde.']);
  });
});
