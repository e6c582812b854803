import { readFileSync } from 'node:fs';

/** `brink <version>`, read once from package.json (two levels up from both src/ and dist/). */
export const GENERATOR: string = (() => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `brink ${pkg.version}`;
})();
