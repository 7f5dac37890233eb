import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { importSubregions, type SubregionLevel } from '../features/regions/import-subregions.js';
import { say, withContext } from './run.js';

export function regionCommands(program: Command) {
  program
    .command('regions')
    .description('Regions (wilayah)')
    .command('import')
    .description(
      'Import kecamatan or desa/kelurahan from idn-area-data (provinces and kabupaten/kota are always loaded)',
    )
    .requiredOption('--level <level>', 'kecamatan | desa')
    .action(async (opts: { level: string }) => {
      if (opts.level !== 'kecamatan' && opts.level !== 'desa')
        throw new Error('--level must be kecamatan or desa');
      const level: SubregionLevel = opts.level;
      const bar = new cliProgress.SingleBar(
        {
          format: `${level} [{bar}] {percentage}% {value}/{total}`,
          noTTYOutput: true,
          notTTYSchedule: 2000,
        },
        cliProgress.Presets.shades_classic,
      );
      const n = await withContext(async (ctx) => {
        let started = false;
        const count = await importSubregions(ctx.database.db, level, (done, total) => {
          if (!started) {
            bar.start(total, 0);
            started = true;
          }
          bar.update(done);
        });
        bar.stop();
        return count;
      });
      say(`imported ${n} ${level}`);
    });
}
