import {
  type Lang,
  NO_ABSORPTION_MESSAGES,
  PERIOD_FREQUENCY_LABELS,
  type PeriodStatus,
  REPORT_STATE_LABELS,
  STRATEGIES,
  TRAFFIC_LIGHT_LABELS,
  type TrafficLight,
} from '@sigap/domain';
import type { DashboardView } from './schemas.js';

/**
 * The dashboard's views as sheets of plain cells, headers in the user's language; the workbook
 * writer (export-dashboard-xlsx.ts) only lays them out.
 */

export type Cell = string | number | null;
type T = { id: string; en: string };
const t = (id: string, en: string): T => ({ id, en });

const ACH_HEAD = [
  t('Indikator', 'Indicators'),
  t('Ada laporan disetujui', 'With approved report'),
  t('Terukur', 'Measured'),
  t('Tidak dapat dihitung', 'Not computable'),
  t('Belum ada data', 'No data'),
  t('Capaian (%)', 'Achievement (%)'),
  t('Lampu', 'Light'),
];
/** After the claimed figure's columns, so the light column stays where it was. */
const VERIFIED_HEAD = [
  t('Capaian terverifikasi (%)', 'Verified achievement (%)'),
  t('Indikator dengan skor bukti', 'Indicators with evidence score'),
];
const BUDGET_HEAD = [
  t('Aksi', 'Activities'),
  t('Baris berpagu', 'Lines with ceiling'),
  t('Pagu (Rp)', 'Planned (Rp)'),
  t('Realisasi (Rp)', 'Realised (Rp)'),
  t('Penyerapan (%)', 'Absorption (%)'),
  t('Keterangan', 'Note'),
  t('Baris tanpa pagu', 'Lines without ceiling'),
  t('Realisasi tanpa pagu (Rp)', 'Realised without ceiling (Rp)'),
  t('Baris anggaran melekat', 'Attached budget lines'),
  t('Pagu melekat (Rp)', 'Attached planned (Rp)'),
  t('Realisasi melekat (Rp)', 'Attached realised (Rp)'),
];

/** Where a period stands, as the reporting feature words it for filing. */
const STATUS: Record<PeriodStatus, T> = {
  not_started: t('Belum mulai', 'Not started'),
  open: t('Berjalan', 'Open'),
  overdue: t('Lewat batas waktu', 'Past the deadline'),
  closed: t('Ditutup', 'Closed'),
};

export type Sheet = {
  name: T;
  head: T[];
  rows: Cell[][];
  /** 1-based column holding the traffic light, and each row's light for its colour. */
  lights?: { column: number; codes: TrafficLight[] };
  percents: number[];
  money?: number[];
};

type ClaimedFigures = Omit<
  DashboardView['totals']['achievement'],
  'verifiedAchievement' | 'scored'
>;

function achCells(a: ClaimedFigures, lang: Lang): Cell[] {
  return [
    a.indicators,
    a.withApproved,
    a.measured,
    a.notComputable,
    a.noData,
    a.achievement,
    TRAFFIC_LIGHT_LABELS[a.light][lang],
  ];
}

/** Unscored indicators are left out of the verified mean; `scored` says how many count. */
function verifiedCells(a: DashboardView['totals']['achievement']): Cell[] {
  return [a.verifiedAchievement, a.scored];
}

function budgetCells(b: DashboardView['totals']['budget'], lang: Lang): Cell[] {
  return [
    b.activities,
    b.linesWithPagu,
    b.planned,
    b.realised,
    b.absorption.percent,
    b.absorption.reason
      ? NO_ABSORPTION_MESSAGES[b.absorption.reason][lang]
      : b.absorption.overspent
        ? lang === 'id'
          ? 'Melebihi pagu'
          : 'Over the ceiling'
        : null,
    b.linesWithoutPagu,
    b.realisedWithoutPagu,
    b.attached.lines,
    b.attached.planned,
    b.attached.realised,
  ];
}

export function dashboardSheets(v: DashboardView, lang: Lang): Sheet[] {
  const strategy = (code: string) => {
    const s = STRATEGIES.find((x) => x.code === code);
    return s ? `${s.number}. ${s[lang]}` : code;
  };
  const f = v.filters;
  const summary: Cell[][] = [
    [lang === 'id' ? 'Rencana aksi' : 'Action plan', v.plan.title],
    [lang === 'id' ? 'Tahun' : 'Year', v.year],
    [lang === 'id' ? 'Per tanggal' : 'As of', v.asOf],
    [
      lang === 'id' ? 'Frekuensi pelaporan' : 'Reporting frequency',
      PERIOD_FREQUENCY_LABELS[v.plan.frequency][lang],
    ],
    [lang === 'id' ? 'Periode' : 'Period', f.periodCode ?? (lang === 'id' ? 'semua' : 'all')],
    [
      lang === 'id' ? 'Strategi' : 'Strategy',
      f.strategy ? strategy(f.strategy) : lang === 'id' ? 'semua' : 'all',
    ],
    [
      lang === 'id' ? 'Instansi' : 'Institution',
      f.institutionId
        ? (v.achievement.byInstitution.find((i) => i.institution.id === f.institutionId)
            ?.institution.name ?? f.institutionId)
        : lang === 'id'
          ? 'semua'
          : 'all',
    ],
    [lang === 'id' ? 'Wilayah' : 'Region', f.regionCode ?? (lang === 'id' ? 'semua' : 'all')],
    [lang === 'id' ? 'Capaian (%)' : 'Achievement (%)', v.totals.achievement.achievement],
    [lang === 'id' ? 'Lampu' : 'Light', TRAFFIC_LIGHT_LABELS[v.totals.achievement.light][lang]],
    [
      lang === 'id' ? 'Capaian terverifikasi (%)' : 'Verified achievement (%)',
      v.totals.achievement.verifiedAchievement,
    ],
    [
      lang === 'id' ? 'Indikator dengan skor bukti' : 'Indicators with evidence score',
      v.totals.achievement.scored,
    ],
    [lang === 'id' ? 'Kelengkapan (%)' : 'Completeness (%)', v.totals.completeness.completeness],
    [lang === 'id' ? 'Laporan belum masuk' : 'Reports missing', v.totals.completeness.missing],
    [
      lang === 'id' ? 'Penyerapan anggaran (%)' : 'Budget absorption (%)',
      v.totals.budget.absorption.percent,
    ],
  ];
  const sheets: Sheet[] = [
    {
      name: t('Ringkasan', 'Summary'),
      head: [t('Ukuran', 'Measure'), t('Nilai', 'Value')],
      rows: summary,
      percents: [],
    },
    {
      name: t('Kelengkapan', 'Completeness'),
      head: [
        t('Periode', 'Period'),
        t('Batas waktu', 'Deadline'),
        t('Status', 'Status'),
        t('Wajib lapor', 'Expected'),
        t('Masuk', 'Filed'),
        t(REPORT_STATE_LABELS.approved.id, REPORT_STATE_LABELS.approved.en),
        t('Belum masuk', 'Missing'),
        t('Terlambat', 'Overdue'),
        t('Kelengkapan (%)', 'Completeness (%)'),
      ],
      rows: v.completeness.map((c) => [
        c.periodCode,
        c.deadline,
        STATUS[c.status][lang],
        c.expected,
        c.filed,
        c.approved,
        c.missing,
        c.overdue,
        c.completeness,
      ]),
      percents: [9],
    },
    {
      name: t('Capaian strategi', 'By strategy'),
      head: [t('Strategi', 'Strategy'), ...ACH_HEAD, ...VERIFIED_HEAD],
      rows: [
        ...v.achievement.byStrategy.map((s) => [
          strategy(s.strategy),
          ...achCells(s, lang),
          ...verifiedCells(s),
        ]),
        [
          lang === 'id' ? 'Jumlah' : 'Total',
          ...achCells(v.totals.achievement, lang),
          ...verifiedCells(v.totals.achievement),
        ],
      ],
      lights: {
        column: 8,
        codes: [...v.achievement.byStrategy.map((s) => s.light), v.totals.achievement.light],
      },
      percents: [7, 9],
    },
    {
      name: t('Capaian instansi', 'By institution'),
      head: [t('Instansi', 'Institution'), ...ACH_HEAD, ...VERIFIED_HEAD],
      rows: v.achievement.byInstitution.map((s) => [
        s.institution.name,
        ...achCells(s, lang),
        ...verifiedCells(s),
      ]),
      lights: { column: 8, codes: v.achievement.byInstitution.map((s) => s.light) },
      percents: [7, 9],
    },
    {
      name: t('Capaian wilayah', 'By region'),
      head: [
        t('Kode wilayah', 'Region code'),
        t('Wilayah', 'Region'),
        t('Rencana aksi', 'Plans'),
        ...ACH_HEAD,
        t('Wajib lapor', 'Expected'),
        t('Masuk', 'Filed'),
        t('Kelengkapan (%)', 'Completeness (%)'),
      ],
      rows: v.achievement.byRegion.map((r) => [
        r.regionCode ?? '',
        r.name,
        r.plans,
        ...achCells(r, lang),
        r.expected,
        r.filed,
        r.completeness,
      ]),
      lights: { column: 10, codes: v.achievement.byRegion.map((r) => r.light) },
      percents: [9, 13],
    },
    {
      name: t('Anggaran', 'Budget'),
      head: [t('Menurut', 'By'), t('Nama', 'Name'), ...BUDGET_HEAD],
      rows: [
        ...v.budget.byStrategy.map((b) => [
          lang === 'id' ? 'Strategi' : 'Strategy',
          strategy(b.strategy),
          ...budgetCells(b, lang),
        ]),
        ...v.budget.byInstitution.map((b) => [
          lang === 'id' ? 'Instansi' : 'Institution',
          b.institution.name,
          ...budgetCells(b, lang),
        ]),
        [lang === 'id' ? 'Jumlah' : 'Total', null, ...budgetCells(v.totals.budget, lang)],
      ],
      percents: [7],
      money: [5, 6, 10, 12, 13],
    },
    {
      name: t('Tren', 'Trend'),
      head: [
        t('Periode', 'Period'),
        t('Capaian (%)', 'Achievement (%)'),
        t('Lampu', 'Light'),
        t('Masuk', 'Filed'),
        t('Wajib lapor', 'Expected'),
        t('Kelengkapan (%)', 'Completeness (%)'),
      ],
      rows: v.trend.map((p) => [
        p.periodCode,
        p.achievement,
        TRAFFIC_LIGHT_LABELS[p.light][lang],
        p.filed,
        p.expected,
        p.completeness,
      ]),
      lights: { column: 3, codes: v.trend.map((p) => p.light) },
      percents: [2, 6],
    },
    {
      name: t('Laporan belum masuk', 'Missing reports'),
      head: [
        t('Instansi', 'Institution'),
        t('Strategi', 'Strategy'),
        t('Kode aksi', 'Activity code'),
        t('Aksi', 'Activity'),
        t('Kode indikator', 'Indicator code'),
        t('Indikator', 'Indicator'),
        t('Periode', 'Period'),
        t('Batas waktu', 'Deadline'),
        t('Status', 'Status'),
        t('Hari terlambat', 'Days overdue'),
      ],
      rows: v.overdue.items.map((o) => [
        o.institution.name,
        strategy(o.strategy),
        o.activity.code,
        o.activity.title,
        o.indicator.code,
        o.indicator.name,
        o.periodCode,
        o.deadline,
        STATUS[o.status][lang],
        o.daysOverdue,
      ]),
      percents: [],
    },
  ];
  if (v.overdue.total > v.overdue.items.length)
    sheets[sheets.length - 1]?.rows.push([
      lang === 'id'
        ? `… dan ${v.overdue.total - v.overdue.items.length} lagi (lihat GET /api/monitoring/overdue)`
        : `… and ${v.overdue.total - v.overdue.items.length} more (see GET /api/monitoring/overdue)`,
    ]);
  return sheets;
}
