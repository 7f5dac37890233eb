// The cases bench's file: N victims in M cases (cases-layout.ts columns), streamed to disk in
// bounded memory. Cases follow the demo registry's shape (features/demo/demo-cases-data*.ts:
// cases per year, modus profiles with their exploitation forms, destinations, sex and age of
// victims, group sizes and the institutions that record them; provinces and kabupaten/kota of
// origin, domestic destinations, exit points). A share of cases are the same events recorded
// again by another institution (a later report, the same victims or some of them, written with
// a later officer's noise), so the duplicate search has real work: cross-source duplicates, not
// copies. Victims per case are drawn from the profiles and scaled on the fly so that the file
// holds exactly N victims in M cases. Deterministic for a seed.
import { once } from 'node:events';
import fs from 'node:fs';
import { PICKLISTS } from '@sigap/domain';
import { seededRandom } from '../../packages/domain/src/cases/matching/synthetic-noise.js';
import {
  CASES_PER_YEAR,
  MODUS_PROFILES,
  type ModusProfile,
  type Reporter,
} from '../../packages/server/src/features/demo/demo-cases-data.js';
import {
  DOMESTIC_DESTINATIONS,
  EXIT_POINTS,
  FISHING_PORTS,
  FOREIGN_TRANSIT,
  ORIGINS,
} from '../../packages/server/src/features/demo/demo-cases-data-places.js';
import { HEADERS } from './cases-layout.js';
import {
  DAY_MS,
  isoDay,
  makePerson,
  type Person,
  type Places,
  victimCells,
  type Weighted,
  weighted,
  writtenDate,
} from './cases-people.js';

export type GenerateOptions = {
  file: string;
  victims: number;
  cases: number;
  /** Share of cases that re-record an earlier case's victims (another institution). */
  duplicateShare: number;
  seed: number;
  places: Places;
  /** ISO alpha-2 → name as Indonesian files write it (the countries table's Indonesian name). */
  countryNames: ReadonlyMap<string, string>;
  today: string;
};

export type GeneratedFile = {
  rows: number;
  cases: number;
  persons: number;
  /** Victim records that re-record a person already in the file. */
  duplicateRecords: number;
  bytes: number;
  ms: number;
};

type CaseFacts = {
  profile: ModusProfile;
  reporter: Reporter;
  reportedDay: number;
  exploitation: readonly string[];
  country: string;
  destRegion: string | null;
  exploitedDay: number;
  recruitedDay: number;
  recruitRegion: string;
  transitRegion: string | null;
  transitCountry: string | null;
  persons: Person[];
};

const REPORTERS: Record<
  Reporter,
  { prefix: string; sources: Weighted<string>; decidedBy: Weighted<string> }
> = {
  POLRI: {
    prefix: 'POLRI',
    sources: [
      ['LP', 60],
      ['Laporan polisi', 40],
    ],
    decidedBy: [
      ['Kepolisian', 85],
      ['Pengadilan', 15],
    ],
  },
  KEMLU: {
    prefix: 'KEMLU',
    sources: [
      ['Pemulangan', 70],
      ['Pengaduan', 30],
    ],
    decidedBy: [['Pemerintah', 100]],
  },
  BP2MI: {
    prefix: 'BP2MI',
    sources: [
      ['Pemulangan', 60],
      ['Pengaduan', 40],
    ],
    decidedBy: [['Pemerintah', 100]],
  },
  KEMENSOS: {
    prefix: 'KEMENSOS',
    sources: [['Manajemen kasus', 100]],
    decidedBy: [['Pemerintah', 100]],
  },
  UPTD: {
    prefix: 'UPTD-PPA',
    sources: [
      ['Manajemen kasus', 70],
      ['Pengaduan', 30],
    ],
    decidedBy: [
      ['Pemerintah', 70],
      ['LSM', 30],
    ],
  },
  SAPA: {
    prefix: 'SAPA129',
    sources: [['SAPA 129', 100]],
    decidedBy: [['Pemerintah', 100]],
  },
};

/** How the source writes each modus (its own words; the template's code map translates). */
const MODUS_WORDS: Record<string, Weighted<string>> = {
  pmi_nonprosedural: [
    ['PMI Nonprosedural', 80],
    ['PRT Migran', 20],
  ],
  online_scam: [
    ['Online Scam', 75],
    ['Judi Online', 25],
  ],
  abk_perikanan: [['ABK', 100]],
  eksploitasi_seksual: [['Eksploitasi Seksual', 100]],
  eksploitasi_anak: [['Eksploitasi Anak', 100]],
  pengantin_pesanan: [['Pengantin Pesanan', 100]],
  organ_ginjal: [['Jual Ginjal', 100]],
  magang_beasiswa: [['Magang Palsu', 100]],
  lainnya: [['Lainnya', 100]],
};

const PLACES_OF_MODUS: Record<string, readonly string[]> = {
  pmi_nonprosedural: ['Rumah majikan', 'Perkebunan sawit', 'Pabrik', 'Restoran'],
  online_scam: ['Kompleks perkantoran tertutup', 'Kasino', 'Gedung apartemen'],
  abk_perikanan: ['Kapal penangkap ikan', 'Pelabuhan perikanan'],
  eksploitasi_seksual: ['Tempat hiburan malam', 'Panti pijat', 'Hotel', 'Kafe'],
  eksploitasi_anak: ['Jalanan', 'Rumah', 'Warung'],
  pengantin_pesanan: ['Rumah suami'],
  organ_ginjal: ['Rumah sakit'],
  magang_beasiswa: ['Perkebunan', 'Pabrik'],
};

const labelOf = (list: 'exploitation_type' | 'means_of_control', code: string) =>
  code === 'servitude' ? 'Perbudakan' : (PICKLISTS[list].find((v) => v.code === code)?.id ?? code);

const ORIGIN_PROVINCES: Weighted<string> = ORIGINS.map((o) => [o.province, o.weight]);
const ORIGIN_REGENCIES = new Map(ORIGINS.map((o) => [o.province, o.regencies]));

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Draw = ReturnType<typeof seededRandom>;

function drawCase(rnd: Draw, o: GenerateOptions, todayDay: number): Omit<CaseFacts, 'persons'> {
  const year = weighted(CASES_PER_YEAR, rnd);
  const profile = weighted(
    MODUS_PROFILES.map((p) => [p, p.weight(year)] as const),
    rnd,
  );
  const reportedDay = Math.min(
    todayDay - 1,
    Math.floor(Date.UTC(year, 0, 1) / DAY_MS) + rnd.int(0, 364),
  );
  const exploitedDay = reportedDay - rnd.int(14, 300);
  const country = weighted(profile.destinations, rnd);
  const destRegion =
    country === 'ID'
      ? weighted(profile.modus === 'abk_perikanan' ? FISHING_PORTS : DOMESTIC_DESTINATIONS, rnd)
      : null;
  const originProvince = weighted(
    profile.origins
      ? Object.entries(profile.origins).map(([p, w]) => [p, w] as const)
      : ORIGIN_PROVINCES,
    rnd,
  );
  const known = ORIGIN_REGENCIES.get(originProvince);
  // a long tail of origins across the whole country besides the main sending regions
  const recruitRegion = rnd.chance(0.12)
    ? rnd.pick(o.places.regencies).code
    : known
      ? weighted(known, rnd)
      : rnd.pick(o.places.regenciesOf.get(originProvince) ?? ['53.71']);
  const abroad = country !== 'ID';
  const exit = EXIT_POINTS[country] ?? EXIT_POINTS.default ?? [];
  const transitCountry = abroad && rnd.chance(0.3) ? (FOREIGN_TRANSIT[country] ?? null) : null;
  return {
    profile,
    reporter: weighted(profile.reporters, rnd),
    reportedDay,
    exploitation: weighted(profile.exploitation, rnd),
    country,
    destRegion,
    exploitedDay,
    recruitedDay: exploitedDay - rnd.int(7, 150),
    recruitRegion,
    transitRegion: abroad && !transitCountry && rnd.chance(0.6) ? weighted(exit, rnd) : null,
    transitCountry,
  };
}

function drawGroupSize(p: ModusProfile, rnd: Draw): number {
  const [lo, hi] = weighted(p.group, rnd);
  return rnd.int(lo, hi);
}

function drawVictims(
  facts: Omit<CaseFacts, 'persons'>,
  size: number,
  rnd: Draw,
  places: Places,
): Person[] {
  const p = facts.profile;
  const neighbours = places.regenciesOf.get(facts.recruitRegion.slice(0, 2)) ?? [];
  const kecamatan = rnd.int(1, 24);
  const out: Person[] = [];
  for (let k = 0; k < size; k++) {
    const minor = rnd.chance(p.minor);
    out.push(
      makePerson(rnd, {
        female: rnd.chance(p.female),
        age: minor ? rnd.int(12, 17) : rnd.int(p.adult[0], p.adult[1] + 4),
        onDay: facts.exploitedDay,
        // a group is mostly recruited in one place, the rest nearby
        regency:
          k === 0 || neighbours.length === 0 || rnd.chance(0.8)
            ? facts.recruitRegion
            : rnd.pick(neighbours),
        abroad: facts.country !== 'ID',
        ...(rnd.chance(0.7) ? { kecamatan } : {}),
      }),
    );
  }
  return out;
}

/** Average group size of the profiles as drawn, to scale draws to the asked victims per case. */
function profileMeanGroup(o: GenerateOptions): number {
  const rnd = seededRandom(o.seed ^ 0x5eed);
  const todayDay = Math.floor(Date.parse(o.today) / DAY_MS);
  let total = 0;
  const n = 20_000;
  for (let i = 0; i < n; i++) total += drawGroupSize(drawCase(rnd, o, todayDay).profile, rnd);
  return total / n;
}

export async function generateCasesFile(o: GenerateOptions): Promise<GeneratedFile> {
  if (o.cases < 1 || o.victims < o.cases)
    throw new Error('--victims must be at least --cases (every case has a victim)');
  const t0 = performance.now();
  const rnd = seededRandom(o.seed);
  const todayDay = Math.floor(Date.parse(o.today) / DAY_MS);
  const meanGroup = profileMeanGroup(o);
  const recent: CaseFacts[] = [];
  const RECENT = 20_000;
  const out = fs.createWriteStream(o.file);
  let bytes = 0;
  let buffer: string[] = [];
  const flush = async () => {
    const text = buffer.join('');
    buffer = [];
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  buffer.push(`${HEADERS.map(csvField).join(',')}\r\n`);

  let victimsLeft = o.victims;
  let rows = 0;
  let persons = 0;
  let duplicateRecords = 0;
  for (let c = 0; c < o.cases; c++) {
    const casesLeft = o.cases - c;
    const most = victimsLeft - (casesLeft - 1);
    const dup = recent.length > 100 && rnd.chance(o.duplicateShare);
    let facts: CaseFacts;
    let heavy = false;
    if (dup) {
      // the same victims recorded again by another institution, weeks or months later
      const first = rnd.pick(recent);
      let reporter = weighted(first.profile.reporters, rnd);
      for (let k = 0; k < 4 && reporter === first.reporter; k++)
        reporter = rnd.pick(Object.keys(REPORTERS) as Reporter[]);
      let kept = first.persons.filter(() => rnd.chance(0.8));
      if (kept.length === 0) kept = [rnd.pick(first.persons)];
      facts = {
        ...first,
        reporter,
        reportedDay: Math.min(todayDay - 1, first.reportedDay + rnd.int(3, 240)),
        exploitedDay: first.exploitedDay + rnd.int(-30, 30),
        persons: kept.slice(0, Math.max(1, most)),
      };
      heavy = true;
      duplicateRecords += facts.persons.length;
    } else {
      const drawn = drawCase(rnd, o, todayDay);
      // scale the profile's group size to the victims still to place per case still to write
      const scaled = (drawGroupSize(drawn.profile, rnd) * (victimsLeft / casesLeft)) / meanGroup;
      const size = Math.max(1, Math.min(most, Math.floor(scaled + rnd.next())));
      facts = { ...drawn, persons: drawVictims(drawn, size, rnd, o.places) };
      persons += size;
      if (recent.length < RECENT) recent.push(facts);
      else recent[rnd.int(0, RECENT - 1)] = facts;
    }
    if (c === o.cases - 1 && facts.persons.length < victimsLeft) {
      // the last case takes whatever is left (a few victims at most: the scaling tracks the target)
      const extra = drawVictims(facts, victimsLeft - facts.persons.length, rnd, o.places);
      facts = { ...facts, persons: [...facts.persons, ...extra] };
      persons += extra.length;
    }
    victimsLeft -= facts.persons.length;
    rows += facts.persons.length;
    buffer.push(caseRows(facts, c, heavy, rnd, o));
    if (buffer.length >= 512) await flush();
  }
  await flush();
  out.end();
  await once(out, 'close');
  return {
    rows,
    cases: o.cases,
    persons,
    duplicateRecords,
    bytes,
    ms: performance.now() - t0,
  };
}

function caseRows(f: CaseFacts, index: number, heavy: boolean, rnd: Draw, o: GenerateOptions) {
  const r = REPORTERS[f.reporter];
  const reported = isoDay(f.reportedDay);
  const caseNo = `${r.prefix}/${reported.slice(0, 4)}/${String(index + 1).padStart(7, '0')}`;
  const countryCell = (code: string) =>
    rnd.chance(0.85) ? (o.countryNames.get(code) ?? code) : code;
  const means = rnd.chance(0.7)
    ? [...new Set([rnd.pick(f.profile.means), rnd.pick(f.profile.means)])]
    : [];
  const places = PLACES_OF_MODUS[f.profile.modus];
  const caseCells = [
    caseNo,
    '',
    writtenDate(reported, rnd),
    weighted(r.sources, rnd),
    weighted(
      [
        ['Aktif', 30],
        ['Tindak lanjut', 25],
        ['Selesai', 35],
        ['Dirujuk', 10],
      ],
      rnd,
    ),
    f.exploitation.map((c) => labelOf('exploitation_type', c)).join('; '),
    weighted(MODUS_WORDS[f.profile.modus] ?? [['Lainnya', 1]], rnd),
    means.map((c) => labelOf('means_of_control', c)).join(', '),
    rnd.chance(heavy ? 0.4 : 0.6) ? writtenDate(isoDay(f.recruitedDay), rnd) : '',
    rnd.chance(0.9) ? f.recruitRegion : '',
    f.transitRegion ?? '',
    f.transitCountry ? countryCell(f.transitCountry) : '',
    rnd.chance(0.8) ? writtenDate(isoDay(Math.min(f.exploitedDay, f.reportedDay)), rnd) : '',
    f.destRegion ?? '',
    f.country === 'ID' ? '' : countryCell(f.country),
    places && rnd.chance(0.5) ? rnd.pick(places) : '',
  ];
  const decidedBy = weighted(r.decidedBy, rnd);
  let text = '';
  f.persons.forEach((p, k) => {
    caseCells[1] = `${caseNo}/${k + 1}`;
    const cells = [
      ...caseCells,
      ...victimCells(p, rnd, { heavy, reportedDay: f.reportedDay, places: o.places, decidedBy }),
    ];
    text += `${cells.map(csvField).join(',')}\r\n`;
  });
  return text;
}
