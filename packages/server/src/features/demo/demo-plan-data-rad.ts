/**
 * RADs (Rencana Aksi Daerah) of the demo: five provinces and five kabupaten with demo task forces
 * (demo-organisations-data.ts). Every regulation number and date is INVENTED ("data demo").
 *
 * Each RAD is drawn from one template (format of parseMatrix, years 2021–2024, targets and
 * budgets at the scale of a middle-sized province), scaled per region, thinned deterministically
 * so that RADs differ in which RAN activities they cover, plus one activity of the region's own.
 * Responsible bodies are written as the body's code (DP3A, DINSOS, PEMDA, DINKES, DPMD, or NAKER
 * for the labour office of either level); the seed turns them into the region's institution.
 */
export type DemoRadRegion = {
  region: string;
  /** Scale of counts (and of budgets) against the template. */
  scale: number;
  legalBasis: string;
  adoptedOn: string;
  /** Demo account that entered the plan (the province's secretariat), else the system. */
  by: string | null;
  /** The region's own activity: one P line (a template program code) and its A and I lines. */
  extra: string;
};

export const RAD_YEARS = { first: 2021, last: 2024 };

export const RAD_TEMPLATE = `
P | 1.1 | pencegahan | Pencegahan TPPO dan migrasi aman
A | 1.1.1 | DP3A | DPMD POLRI | apbd 450 | Sosialisasi pencegahan TPPO dan migrasi aman di desa-desa asal PMI | ran 1.1.1
I | desa | higher | 20 | 20 25 30 35 | Desa yang memperoleh sosialisasi pencegahan TPPO
A | 1.1.2 | DPMD | DP3A | apbd 150 | Fasilitasi penyusunan Peraturan Desa tentang migrasi aman | ran 1.2.2
I | dokumen | higher | - | 3 5 6 8 | Perdes migrasi aman yang ditetapkan
A | 1.1.3 | NAKER | DPMD BP2MI | apbd 600 | Layanan Terpadu Satu Atap (LTSA) penempatan dan pelindungan PMI | ran 1.3.1
I | orang | higher | 2000 | 2500 3000 3500 4000 | Calon PMI yang dilayani LTSA
A | 1.1.4 | DP3A | DPMD | melekat apbd | Pembentukan community watch anti-TPPO di desa rawan | ran 1.2.1
I | desa | attain | 5 | 8 12 16 20 | Desa dengan community watch anti-TPPO yang aktif
A | 1.1.5 | NAKER | BP2MI POLRI | melekat apbd | Pengawasan perekrutan calon PMI oleh P3MI dan perekrut perseorangan | ran 1.3.2 | level province
I | perusahaan | higher | 10 | 10 12 15 18 | Kantor cabang P3MI yang diawasi

P | 2.1 | rehabilitasi_kesehatan | Layanan kesehatan korban TPPO
A | 2.1.1 | DINKES | DP3A DINSOS | apbd 300 | Layanan kesehatan korban TPPO di puskesmas dan RSUD | ran 2.1.2
I | orang | higher | 15 | 15 20 25 30 | Korban TPPO yang memperoleh layanan kesehatan
A | 2.1.2 | DINKES | DP3A | apbd 120 | Pelatihan tenaga kesehatan puskesmas dalam tata laksana korban TPPO | ran 2.2.2 | level province
I | orang | higher | 30 | 30 40 40 50 | Tenaga kesehatan yang dilatih

P | 3.1 | rehabilitasi_sosial | Rehabilitasi sosial, pemulangan dan reintegrasi korban
A | 3.1.1 | DINSOS | DP3A POLRI | apbd 700 | Rehabilitasi sosial korban TPPO di rumah perlindungan dan shelter daerah | ran 3.1.1
I | orang | higher | 25 | 25 30 35 40 | Korban yang memperoleh rehabilitasi sosial
A | 3.1.2 | DP3A | DINSOS | apbd 400 | Pendampingan korban TPPO oleh UPTD PPA | ran 3.1.2
I | persen | higher | 70 | 75 80 85 90 | Korban TPPO yang didampingi UPTD PPA
A | 3.1.3 | DINSOS | NAKER BP2MI | apbd 350 | Penjemputan dan pemulangan korban dari daerah debarkasi ke daerah asal | ran 3.2.2
I | orang | higher | 40 | 40 50 60 70 | Korban yang dipulangkan ke daerah asal
A | 3.1.4 | DINSOS | DP3A NAKER | apbd 500 | Bantuan usaha ekonomi produktif bagi korban dan keluarga purna PMI | ran 3.3.1
I | orang | higher | 20 | 20 25 30 35 | Korban yang menerima bantuan usaha ekonomi produktif
I | orang | lower | - | 0 0 0 0 | Korban terreintegrasi yang kembali menjadi korban TPPO

P | 4.1 | norma_hukum | Pengembangan norma hukum daerah
A | 4.1.1 | PEMDA | DP3A | melekat apbd | Penyusunan peraturan daerah tentang pencegahan dan penanganan TPPO | ran 4.1.4
I | dokumen | yesno | 0 | 0 1 0 0 | Peraturan daerah PP TPPO ditetapkan

P | 5.1 | penegakan_hukum | Dukungan penegakan hukum dan pemenuhan hak korban
A | 5.1.1 | DP3A | POLRI KEJAKSAAN | apbd 200 | Pendampingan korban dalam proses peradilan dan pengajuan restitusi | ran 5.1.2
I | orang | higher | 10 | 10 12 15 18 | Korban yang didampingi mengajukan restitusi
A | 5.1.2 | PEMDA | POLRI KEJAKSAAN | melekat apbd | Rapat koordinasi penanganan perkara TPPO bersama Polda dan Kejaksaan Tinggi | ran 5.1.1 | level province
I | kegiatan | higher | 2 | 2 4 4 4 | Rapat koordinasi penanganan perkara

P | 6.1 | koordinasi | Koordinasi, data dan kerja sama
A | 6.1.1 | DP3A | PEMDA DINSOS POLRI | apbd 250 | Rapat koordinasi gugus tugas PP TPPO daerah | ran 6.1.1
I | kegiatan | higher | 2 | 2 4 4 4 | Rapat koordinasi gugus tugas yang dilaksanakan
A | 6.1.2 | DP3A | DINSOS NAKER | apbd 150 | Pendataan kasus TPPO terintegrasi dan pelaporan ke gugus tugas pusat | ran 6.2.1
I | persen | higher | 50 | 60 75 85 100 | Laporan data kasus yang disampaikan tepat waktu
A | 6.1.3 | PEMDA | DP3A | - | Kerja sama antardaerah asal, transit dan tujuan korban | ran 6.1.4 | level province
I | kesepakatan | higher | 1 | 1 1 2 2 | Kesepakatan kerja sama antardaerah yang ditandatangani
A | 6.1.4 | PEMDA | DP3A | melekat apbd | Pemantauan dan evaluasi pelaksanaan RAD PP TPPO | ran 6.4.1
I | dokumen | yesno | 1 | 1 1 1 1 | Laporan pemantauan dan evaluasi RAD disusun
`;

/** Activities every RAD keeps when the template is thinned: the core of any regional plan. */
export const RAD_CORE = ['1.1.1', '3.1.1', '6.1.1'];

/** How many template activities a RAD keeps (before its own): provinces more than kabupaten. */
export const RAD_KEEP = { province: [10, 12], regency: [7, 9] } as const;

export const RAD_REGIONS: DemoRadRegion[] = [
  {
    region: '33',
    scale: 1.3,
    legalBasis: 'Peraturan Gubernur Jawa Tengah Nomor 41 Tahun 2021 (data demo)',
    adoptedOn: '2021-02-17',
    by: 'jateng@sigap.local',
    extra: `P | 1.1 | pencegahan | -
A | 1.1.9 | NAKER | DINSOS POLRI KKP | apbd 400 | Pendataan dan pelindungan awak kapal perikanan asal Jawa Tengah | ran 1.4.2
I | orang | higher | 500 | 600 900 1200 1500 | Awak kapal perikanan yang terdata dan memiliki perjanjian kerja laut`,
  },
  {
    region: '53',
    scale: 1.2,
    legalBasis: 'Peraturan Gubernur Nusa Tenggara Timur Nomor 23 Tahun 2021 (data demo)',
    adoptedOn: '2021-03-05',
    by: null,
    extra: `P | 3.1 | rehabilitasi_sosial | -
A | 3.1.9 | DINSOS | NAKER BP2MI | apbd 900 | Penjemputan, pemulangan dan pemakaman jenazah PMI asal Nusa Tenggara Timur | ran 3.2.3
I | orang | lower | 120 | 110 100 90 80 | PMI asal NTT yang meninggal di luar negeri`,
  },
  {
    region: '52',
    scale: 1,
    legalBasis: 'Peraturan Gubernur Nusa Tenggara Barat Nomor 17 Tahun 2021 (data demo)',
    adoptedOn: '2021-01-28',
    by: null,
    extra: `P | 1.1 | pencegahan | -
A | 1.1.9 | NAKER | DPMD BP2MI | apbd 550 | Pengembangan desa migran produktif di kantong-kantong PMI Nusa Tenggara Barat | ran 1.2.3
I | desa | higher | 12 | 15 20 25 30 | Desa migran produktif yang dibina`,
  },
  {
    region: '32',
    scale: 1.5,
    legalBasis: 'Peraturan Gubernur Jawa Barat Nomor 58 Tahun 2021 (data demo)',
    adoptedOn: '2021-03-22',
    by: null,
    extra: `P | 1.1 | pencegahan | -
A | 1.1.9 | NAKER | POLRI DP3A | apbd 300 | Edukasi pencari kerja muda tentang modus perekrutan daring ke luar negeri (online scam) | ran 1.4.1
I | orang | higher | - | 500 1000 1500 2500 | Pencari kerja muda yang memperoleh edukasi`,
  },
  {
    region: '12',
    scale: 0.9,
    legalBasis: 'Peraturan Gubernur Sumatera Utara Nomor 36 Tahun 2021 (data demo)',
    adoptedOn: '2021-02-09',
    by: null,
    extra: `P | 5.1 | penegakan_hukum | -
A | 5.1.9 | NAKER | POLRI KEMENKUMHAM BP2MI | melekat apbd | Pengawasan jalur keberangkatan PMI nonprosedural di Belawan, Tanjung Balai dan Kualanamu | ran 5.1.5
I | orang | higher | 150 | 150 200 250 300 | Calon PMI nonprosedural yang dicegah berangkat`,
  },
  {
    region: '53.01',
    scale: 0.3,
    legalBasis: 'Peraturan Bupati Kupang Nomor 34 Tahun 2021 (data demo)',
    adoptedOn: '2021-03-01',
    by: null,
    extra: `P | 1.1 | pencegahan | -
A | 1.1.9 | DPMD | DP3A DINSOS | apbd 150 | Pendataan warga desa yang bekerja ke luar daerah dan luar negeri | ran 1.2.2
I | desa | attain | 10 | 20 40 60 80 | Desa yang memiliki data warga migran yang mutakhir`,
  },
  {
    region: '53.04',
    scale: 0.25,
    legalBasis: 'Peraturan Bupati Belu Nomor 19 Tahun 2021 (data demo)',
    adoptedOn: '2021-03-15',
    by: null,
    extra: `P | 5.1 | penegakan_hukum | -
A | 5.1.9 | PEMDA | POLRI TNI KEMENKUMHAM | melekat apbd | Pengawasan bersama lintas batas orang di PLBN Motaain | ran 5.1.5
I | kegiatan | higher | 6 | 6 12 12 12 | Operasi pengawasan bersama di perbatasan`,
  },
  {
    region: '33.29',
    scale: 0.35,
    legalBasis: 'Peraturan Bupati Brebes Nomor 27 Tahun 2021 (data demo)',
    adoptedOn: '2021-02-24',
    by: 'jateng@sigap.local',
    extra: `P | 3.1 | rehabilitasi_sosial | -
A | 3.1.9 | DINSOS | NAKER DP3A | apbd 200 | Pendampingan keluarga awak kapal perikanan dan purna PMI asal Brebes | ran 3.3.1
I | keluarga | higher | 30 | 30 40 50 60 | Keluarga awak kapal dan purna PMI yang didampingi`,
  },
  {
    region: '52.03',
    scale: 0.4,
    legalBasis: 'Peraturan Bupati Lombok Timur Nomor 12 Tahun 2021 (data demo)',
    adoptedOn: '2021-01-18',
    by: null,
    extra: `P | 1.1 | pencegahan | -
A | 1.1.9 | NAKER | DPMD BP2MI | apbd 250 | Layanan pengaduan dan informasi migrasi aman di kantor desa | ran 1.3.1
I | desa | attain | 10 | 15 25 35 45 | Desa dengan pos layanan informasi migrasi aman`,
  },
  {
    region: '32.12',
    scale: 0.4,
    legalBasis: 'Peraturan Bupati Indramayu Nomor 45 Tahun 2021 (data demo)',
    adoptedOn: '2021-03-29',
    by: null,
    extra: `P | 1.1 | pencegahan | -
A | 1.1.9 | DP3A | DPMD DINSOS | apbd 180 | Pencegahan perekrutan perempuan muda untuk eksploitasi seksual melalui sekolah dan desa | ran 1.1.3
I | orang | higher | 300 | 400 500 600 700 | Pelajar dan perempuan muda yang memperoleh edukasi`,
  },
];

/**
 * Regional bodies the RADs name beyond those the task-force seed creates (PEMDA, DP3A, DINSOS and,
 * for provinces, DISNAKERTRANS): health, village community empowerment, and the labour office of
 * a kabupaten. Institution codes follow regionalCode(): DINKES-33, DISNAKER-53-01.
 */
export const RAD_EXTRA_BODIES = {
  DINKES: { name: 'Dinas Kesehatan', abbreviation: 'Dinkes' },
  DPMD: { name: 'Dinas Pemberdayaan Masyarakat dan Desa', abbreviation: 'DPMD' },
  DISNAKER: { name: 'Dinas Tenaga Kerja', abbreviation: 'Disnaker' },
} as const;
export type RadExtraBody = keyof typeof RAD_EXTRA_BODIES;
