import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * npm 11 skips dependency install scripts that package.json's `allowScripts` does not cover and
 * ends every install with a warning listing them, which alarms newcomers. Every package of the
 * lock file that has an install script must be allowed or denied on purpose.
 */
const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('install scripts', () => {
  it('every dependency with an install script is declared in allowScripts', () => {
    const lock = read('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    const declared = (read('package.json').allowScripts ?? {}) as Record<string, boolean>;
    const covered = (name: string) => Object.keys(declared).some((k) => k === name || k.startsWith(`${name}@`));
    expect([...new Set(withScripts)].filter((n) => !covered(n))).toEqual([]);
  });
});
