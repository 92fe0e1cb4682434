import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import contentCheck from '@/integrations/content-check';

type SetupHook = (params: { command: string; logger: AstroIntegrationLogger }) => void;

function runSetup(root: string, command: 'build' | 'dev') {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() } as unknown as AstroIntegrationLogger;
  const hook = contentCheck({ root }).hooks['astro:config:setup'] as unknown as SetupHook;
  return { run: () => hook({ command, logger }), logger };
}

describe('the content-check Astro integration', () => {
  it('stops astro build before anything is written when the content has errors', () => {
    const { run } = runSetup(resolve('tests/fixtures/broken/content'), 'build');
    expect(run).toThrow(/De inhoud bevat fouten[\s\S]*beleid\/verplicht-veld-ontbreekt\.md:1: samenvatting — verplicht veld ontbreekt/);
  });

  it('lets astro build go on when the content is correct', () => {
    const { run } = runSetup(resolve('content'), 'build');
    expect(run).not.toThrow();
  });

  it('only logs the errors in astro dev so the preview keeps running', () => {
    const { run, logger } = runSetup(resolve('tests/fixtures/broken/content'), 'dev');
    expect(run).not.toThrow();
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it('runs before every other integration of the site', () => {
    expect(readFileSync('astro.config.mjs', 'utf8')).toMatch(/integrations: \[\s*contentCheck\(\),/);
  });
});
