import { type DemoPlan, type DemoProgram, parseMatrix } from './demo-plan-data.js';

/**
 * The current action plan of the demo: RAN PP TPPO 2025–2029, so that demo accounts have open
 * periods to report on. Its text was still being drafted in late 2025 by six sub-task-forces
 * (domain.md §1) and no enacted regulation is known, so the plan says plainly that it is a
 * draft (rancangan) in its title and legal basis. The matrix is INVENTED for the demo, like the
 * 2020–2024 one (demo-plan-data.ts): activities carried over from the previous plan where they
 * still make sense, numbered afresh, with the institutions that exist since the October 2024
 * cabinet (Kemenkum and Kemenimipas for Kemenkumham, Kemendikdasmen for Kemendikbud); coordination
 * is led by Polri because Perpres 49/2023 made the Kapolri daily chair of the task force.
 * Targets are for 2025–2029, baselines for 2024, budgets the 2027 pagu in millions of rupiah.
 */
export const CURRENT_RAN_KEY = 'ran-2025-2029';

export const CURRENT_RAN_YEARS = { first: 2025, last: 2029 };

export const CURRENT_RAN_LEGAL_BASIS =
  'Rancangan (belum ditetapkan): RAN PP TPPO 2025–2029 yang disusun Gugus Tugas PP TPPO bersama enam sub gugus tugas';

const CURRENT_RAN_MATRIX = `
P | 1.1 | pencegahan | Pencegahan TPPO di daerah asal dan di ruang digital
A | 1.1.1 | KEMENPPPA | KEMENDAGRI BP2MI KEMNAKER | apbn 2400 | Sosialisasi pencegahan TPPO dan migrasi aman di desa-desa daerah asal pekerja migran
I | desa | higher | 300 | 200 250 300 350 400 | Desa daerah asal PMI yang memperoleh sosialisasi
A | 1.1.2 | KOMINFO | KEMENPPPA POLRI BP2MI | apbn 1500 | Kampanye pencegahan TPPO dan penipuan lowongan kerja daring melalui media digital
I | konten | higher | 150 | 150 180 200 220 250 | Konten kampanye anti-TPPO yang dipublikasikan
I | konten | higher | 1200 | 1500 1800 2000 2200 2400 | Konten lowongan kerja palsu yang diputus aksesnya

P | 1.2 | pencegahan | Tata kelola penempatan dan pelindungan pekerja migran Indonesia
A | 1.2.1 | BP2MI | KEMNAKER KEMENIMIPAS KEMENDAGRI POLRI | apbn 8600 | Penyelenggaraan Layanan Terpadu Satu Atap (LTSA) penempatan dan pelindungan PMI
I | unit | attain | 62 | 64 66 68 70 72 | LTSA PMI yang beroperasi
I | kasus | lower | 1400 | 1400 1300 1200 1100 1000 | Pengaduan PMI bermasalah terkait proses penempatan
A | 1.2.2 | KEMENIMIPAS | BP2MI POLRI | melekat apbn | Pengetatan penerbitan paspor dan wawancara pemohon berindikasi PMI nonprosedural
I | permohonan | higher | 6500 | 6000 6500 7000 7500 8000 | Permohonan paspor yang ditunda karena indikasi PMI nonprosedural

P | 2.1 | rehabilitasi_kesehatan | Layanan dan pembiayaan kesehatan korban TPPO
A | 2.1.1 | KEMENKES | KEMENPPPA KEMENSOS | apbn 3200 | Pelayanan kesehatan korban TPPO di puskesmas dan rumah sakit rujukan
I | puskesmas | attain | 4600 | 4800 5000 5200 5400 5600 | Puskesmas mampu tata laksana korban kekerasan dan TPPO
I | persen | higher | 90 | 92 93 94 95 96 | Korban rujukan yang memperoleh layanan kesehatan
A | 2.1.2 | KEMENKES | KEMENKEU KEMENPPPA KEMENSOS | - | Penetapan mekanisme pembiayaan layanan kesehatan korban TPPO di luar JKN
I | dokumen | yesno | 0 | 0 1 0 0 0 | Pedoman pembiayaan layanan kesehatan korban ditetapkan

P | 3.1 | rehabilitasi_sosial | Rehabilitasi sosial dan perlindungan korban
A | 3.1.1 | KEMENSOS | KEMENPPPA POLRI | apbn 6800 | Rehabilitasi sosial korban TPPO di sentra Kementerian Sosial dan Rumah Perlindungan dan Trauma Center (RPTC)
I | orang | higher | 1500 | 1500 1600 1700 1800 1900 | Korban yang memperoleh rehabilitasi sosial
I | unit | attain | 28 | 29 30 31 32 33 | RPTC dan sentra yang memenuhi standar pelayanan
A | 3.1.2 | KEMENPPPA | KEMENDAGRI KEMENSOS | apbn 4500 | Penyediaan rumah aman dan layanan UPTD PPA bagi perempuan dan anak korban
I | daerah | attain | 340 | 360 390 420 450 480 | Provinsi dan kabupaten/kota yang memiliki UPTD PPA

P | 3.2 | rehabilitasi_sosial | Pemulangan dan reintegrasi korban
A | 3.2.1 | KEMLU | BP2MI KEMENSOS POLRI | apbn 3900 | Pemulangan WNI korban TPPO dari luar negeri, termasuk korban penipuan daring (online scam), melalui perwakilan RI
I | orang | higher | 2200 | 2000 2000 2200 2200 2400 | WNI korban TPPO yang dipulangkan
A | 3.2.2 | KEMENSOS | BP2MI KEMENDAGRI KEMENHUB | apbn 2700 | Pemulangan korban TPPO ke daerah asal dan reintegrasi sosial bersama dinas sosial daerah
I | orang | higher | 1200 | 1200 1300 1400 1500 1600 | Korban yang dipulangkan ke daerah asal dan didampingi reintegrasinya

P | 4.1 | norma_hukum | Pembaruan regulasi dan pedoman penanganan TPPO
A | 4.1.1 | KEMENPPPA | KEMENKO_PMK KEMENKO_POLHUKAM KEMENKUM POLRI | melekat apbn | Penyusunan perubahan Peraturan Presiden tentang Gugus Tugas PP TPPO
I | dokumen | yesno | 0 | 0 1 0 0 0 | Perubahan Perpres Gugus Tugas PP TPPO ditetapkan
A | 4.1.2 | KEMENKUM | KEMENPPPA KEJAKSAAN POLRI | apbn 650 | Analisis dan evaluasi hukum UU 21/2007 dan peraturan pelaksanaannya
I | dokumen | higher | 2 | 1 1 2 1 1 | Dokumen analisis dan evaluasi hukum yang diselesaikan

P | 5.1 | penegakan_hukum | Penyidikan, penuntutan dan pemulihan hak korban
A | 5.1.1 | POLRI | KEJAKSAAN KEMENIMIPAS BP2MI | apbn 7400 | Penyelidikan dan penyidikan perkara TPPO, termasuk melalui Satgas TPPO
I | perkara | higher | 600 | 600 620 650 680 700 | Perkara TPPO yang disidik
I | persen | higher | 80 | 80 82 84 86 88 | Perkara TPPO yang dinyatakan lengkap (P21)
A | 5.1.2 | KEJAKSAAN | POLRI LPSK | apbn 3100 | Penuntutan perkara TPPO dengan tuntutan restitusi bagi korban
I | persen | higher | 80 | 80 82 85 88 90 | Tuntutan perkara TPPO yang memuat restitusi
A | 5.1.3 | PPATK | POLRI KEJAKSAAN | melekat apbn | Analisis transaksi keuangan terkait TPPO untuk penelusuran aset pelaku
I | laporan | higher | 20 | 20 22 24 26 28 | Hasil analisis PPATK terkait TPPO yang disampaikan ke penyidik

P | 6.1 | koordinasi | Penguatan kelembagaan Gugus Tugas PP TPPO pusat dan daerah
A | 6.1.1 | POLRI | KEMENKO_POLHUKAM KEMENKO_PMK KEMENPPPA | apbn 1500 | Rapat koordinasi Gugus Tugas PP TPPO tingkat pusat dan sub gugus tugas
I | kegiatan | higher | 16 | 12 12 16 16 16 | Rapat koordinasi yang dilaksanakan
A | 6.1.2 | KEMENDAGRI | KEMENPPPA POLRI | apbn 900 | Fasilitasi penyusunan RAD PP TPPO 2025–2029 di provinsi dan kabupaten/kota
I | daerah | attain | - | 40 120 200 260 300 | Daerah yang menetapkan RAD PP TPPO 2025–2029

P | 6.2 | koordinasi | Data dan informasi TPPO terintegrasi
A | 6.2.1 | BPS | KEMENPPPA POLRI KEMENSOS | melekat apbn | Penyusunan statistik TPPO nasional dari data terpilah antar-K/L
I | publikasi | higher | 1 | 1 1 1 1 1 | Publikasi statistik TPPO yang diterbitkan
A | 6.2.2 | KEMENPPPA | POLRI KEMENSOS BP2MI BPS | other 900 | Pengembangan sistem data dan informasi TPPO terintegrasi antar-K/L bersama mitra pembangunan
I | K/L | attain | 15 | 16 18 20 22 25 | K/L yang terhubung dengan sistem data TPPO terintegrasi
`;

// pagu relative to 2027: the 2025 spending efficiency (Inpres 1/2025) cut it, later years recover
const BUDGET_TREND: Record<number, number> = {
  2025: 0.8,
  2026: 0.9,
  2027: 1,
  2028: 1.05,
  2029: 1.1,
};

function withTrend(programs: DemoProgram[]): DemoProgram[] {
  return programs.map((p) => ({
    ...p,
    activities: p.activities.map((a) =>
      a.budget.kind !== 'pagu'
        ? a
        : {
            ...a,
            budget: {
              ...a.budget,
              amounts: Object.fromEntries(
                Object.entries(a.budget.amounts).map(([y, v]) => [
                  y,
                  Math.round((v / 1e6) * (BUDGET_TREND[Number(y)] ?? 1)) * 1e6,
                ]),
              ),
            },
          },
    ),
  }));
}

export function currentRanPlan(): DemoPlan {
  return {
    key: CURRENT_RAN_KEY,
    kind: 'ran',
    regionCode: null,
    title:
      'Rancangan Rencana Aksi Nasional Pencegahan dan Pemberantasan Tindak Pidana Perdagangan Orang 2025–2029',
    startYear: CURRENT_RAN_YEARS.first,
    endYear: CURRENT_RAN_YEARS.last,
    legalBasis: CURRENT_RAN_LEGAL_BASIS,
    revisions: [
      {
        number: 1,
        on: '2025-03-10',
        note: 'Rancangan RAN PP TPPO 2025–2029 yang disepakati rapat koordinasi Gugus Tugas sebagai acuan pelaporan sejak 2025, sambil menunggu penetapan (data demo)',
        by: null,
        legalBasis: CURRENT_RAN_LEGAL_BASIS,
      },
    ],
    programs: withTrend(parseMatrix(CURRENT_RAN_MATRIX, CURRENT_RAN_YEARS)),
  };
}
