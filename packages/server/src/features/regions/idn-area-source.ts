import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseCsv } from './csv.js';

/**
 * Region lists from the `idn-area-data` package (Kemendagri codes; ODbL, see NOTICE). Read from
 * the installed package, so nothing is fetched at run time.
 */
const require = createRequire(import.meta.url);
const DATA_DIR = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');

export type AreaFile = 'provinces' | 'regencies' | 'districts' | 'villages';

export function areaFilePath(file: AreaFile): string {
  return path.join(DATA_DIR, `${file}.csv`);
}

export function readAreaFile(file: AreaFile): Array<Record<string, string>> {
  return parseCsv(fs.readFileSync(areaFilePath(file), 'utf8'));
}

export function idnAreaDataVersion(): string {
  const pkg = JSON.parse(
    fs.readFileSync(require.resolve('idn-area-data/package.json'), 'utf8'),
  ) as { version: string };
  return pkg.version;
}
