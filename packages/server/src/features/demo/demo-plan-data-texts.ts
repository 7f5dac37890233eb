import type { StrategyCode } from '@sigap/domain';

/**
 * Texts of the demo progress reports, in Indonesian as reporters write them. Placeholders:
 * {periode} (Triwulan II 2023), {capaian} (the year-to-date realisation: "1.250 orang", or for a
 * yes/no indicator "sudah terpenuhi"), {wilayah} (where the work happened), {indikator}.
 */
export const NARRATIVES: Record<StrategyCode, string[]> = {
  pencegahan: [
    'Sampai dengan {periode} telah dilaksanakan kegiatan dengan capaian {capaian} untuk indikator "{indikator}". Kegiatan berlangsung di {wilayah} dengan melibatkan perangkat desa, tokoh agama dan tokoh masyarakat.',
    'Kegiatan {periode} dilaksanakan di {wilayah} bersama gugus tugas daerah. Realisasi kumulatif tahun berjalan {capaian}. Materi meliputi modus perekrutan nonprosedural, hak pekerja migran dan saluran pengaduan.',
    'Pelaksanaan kegiatan pada {periode} difokuskan pada desa kantong PMI di {wilayah}. Realisasi sampai periode ini {capaian}; daftar hadir dan dokumentasi terlampir.',
  ],
  rehabilitasi_kesehatan: [
    'Sampai dengan {periode} layanan kesehatan diberikan dengan realisasi {capaian} untuk indikator "{indikator}", meliputi pemeriksaan fisik, visum, dan rujukan ke rumah sakit di {wilayah}.',
    'Pada {periode} tim kesehatan melayani korban rujukan dari UPTD PPA dan kepolisian di {wilayah}. Realisasi kumulatif {capaian}; seluruh layanan dicatat dalam rekam medis terpisah untuk menjaga kerahasiaan korban.',
  ],
  rehabilitasi_sosial: [
    'Sampai dengan {periode} realisasi mencapai {capaian} untuk indikator "{indikator}". Korban memperoleh layanan pengasuhan, konseling psikososial dan pendampingan sesuai rencana intervensi di {wilayah}.',
    'Pada {periode} dilaksanakan penjemputan, rehabilitasi dan pemulangan korban ke daerah asal ({wilayah}) berkoordinasi dengan BP3MI dan dinas sosial setempat. Realisasi kumulatif {capaian}.',
    'Kegiatan reintegrasi {periode} meliputi asesmen kebutuhan, pemberian bantuan usaha dan pendampingan keluarga di {wilayah}. Realisasi kumulatif tahun berjalan {capaian}.',
  ],
  norma_hukum: [
    'Sampai dengan {periode} capaian indikator "{indikator}" adalah {capaian}. Rancangan telah dibahas dalam rapat harmonisasi bersama kementerian/lembaga terkait.',
    'Pada {periode} dilaksanakan penyusunan naskah akademik dan rapat pembahasan antarinstansi. Realisasi sampai periode ini {capaian}.',
  ],
  penegakan_hukum: [
    'Sampai dengan {periode} realisasi indikator "{indikator}" sebesar {capaian}. Penanganan perkara dilakukan di {wilayah} dengan koordinasi penyidik, penuntut umum dan LPSK.',
    'Pada {periode} dilaksanakan kegiatan di {wilayah}; realisasi kumulatif {capaian}. Data perkara bersumber dari sistem administrasi perkara masing-masing instansi.',
  ],
  koordinasi: [
    'Sampai dengan {periode} capaian indikator "{indikator}" adalah {capaian}. Hasil koordinasi dituangkan dalam notulen dan rencana tindak lanjut yang disampaikan kepada anggota gugus tugas.',
    'Pada {periode} dilaksanakan rapat dan pertemuan koordinasi di {wilayah} dengan realisasi kumulatif {capaian}. Kesepakatan dipantau pada rapat berikutnya.',
  ],
};

/** Kendala (obstacles), as reporters name them; domain.md §3 lists the recurring ones. */
export const KENDALA: Record<StrategyCode, string[]> = {
  pencegahan: [
    'Anggaran sosialisasi terbatas sehingga tidak seluruh desa sasaran terjangkau.',
    'Perekrutan nonprosedural makin banyak melalui media sosial sehingga sulit dijangkau sosialisasi tatap muka.',
    'Pergantian perangkat desa menghambat tindak lanjut penyusunan Perdes.',
    '',
  ],
  rehabilitasi_kesehatan: [
    'Biaya layanan kesehatan korban di luar cakupan JKN belum memiliki skema pembiayaan yang jelas.',
    'Belum semua puskesmas memiliki tenaga terlatih untuk tata laksana korban.',
    '',
  ],
  rehabilitasi_sosial: [
    'Kapasitas rumah perlindungan terbatas pada saat pemulangan besar-besaran dari negara tujuan.',
    'Anggaran pemulangan korban ke daerah asal di kabupaten/kota belum tersedia.',
    'Korban enggan mengikuti program reintegrasi karena stigma di lingkungan asal.',
    '',
  ],
  norma_hukum: [
    'Pembahasan antarinstansi memerlukan waktu lebih lama dari jadwal.',
    'Menunggu hasil harmonisasi dan persetujuan pimpinan.',
    '',
  ],
  penegakan_hukum: [
    'Korban dan saksi berada di luar negeri sehingga pemeriksaan memerlukan bantuan perwakilan RI.',
    'Pembuktian unsur eksploitasi sulit karena perekrutan dilakukan secara daring.',
    'Restitusi belum dibayarkan pelaku meskipun telah diputus pengadilan.',
    '',
  ],
  koordinasi: [
    'Komitmen instansi dalam menyampaikan data belum merata.',
    'Pergantian pejabat penghubung di beberapa instansi.',
    '',
  ],
};

export const TINDAK_LANJUT: Record<StrategyCode, string[]> = {
  pencegahan: [
    'Mengusulkan tambahan anggaran pada tahun berikutnya dan bermitra dengan organisasi masyarakat sipil.',
    'Memperluas kampanye melalui media sosial dan radio komunitas.',
    'Mendampingi desa dalam finalisasi rancangan Perdes.',
  ],
  rehabilitasi_kesehatan: [
    'Berkoordinasi dengan pemerintah daerah untuk pembiayaan melalui APBD.',
    'Menjadwalkan pelatihan lanjutan bagi tenaga kesehatan puskesmas.',
  ],
  rehabilitasi_sosial: [
    'Berkoordinasi dengan dinas sosial daerah asal untuk penjemputan dan pendampingan lanjutan.',
    'Menambah kapasitas layanan melalui kerja sama dengan lembaga kesejahteraan sosial.',
    'Melakukan pendampingan keluarga dan tokoh masyarakat untuk mengurangi stigma.',
  ],
  norma_hukum: [
    'Mempercepat rapat harmonisasi dan menyampaikan rancangan kepada pimpinan.',
    'Menyusun jadwal pembahasan bersama kementerian/lembaga terkait.',
  ],
  penegakan_hukum: [
    'Memperkuat kerja sama dengan perwakilan RI dan kepolisian negara tujuan.',
    'Berkoordinasi dengan LPSK dan kejaksaan untuk eksekusi restitusi.',
    'Melaksanakan pelatihan lanjutan bagi penyidik tentang bukti elektronik.',
  ],
  koordinasi: [
    'Menyurati pimpinan instansi yang belum menyampaikan data.',
    'Memperbarui daftar pejabat penghubung gugus tugas.',
  ],
};

/** What a verifier writes when returning a report (the return needs a comment). */
export const RETURN_NOTES = [
  'Bukti dukung belum memuat daftar hadir kegiatan. Mohon dilengkapi.',
  'Realisasi tidak sesuai dengan lampiran: lampiran menyebut angka yang berbeda. Mohon diperiksa kembali.',
  'Uraian kegiatan belum menjelaskan lokasi dan waktu pelaksanaan. Mohon dilengkapi.',
  'Realisasi anggaran belum diisi, padahal kegiatan menggunakan pagu khusus.',
  'Realisasi harus kumulatif sejak awal tahun, bukan hanya triwulan ini. Mohon diperbaiki.',
  'Dokumentasi yang dilampirkan berasal dari periode sebelumnya.',
];

/** The reporter's answer in the comment thread when resubmitting. */
export const RESUBMIT_NOTES = [
  'Sudah dilengkapi, terima kasih.',
  'Angka realisasi sudah diperbaiki sesuai lampiran.',
  'Lampiran sudah diganti dengan dokumen periode ini.',
];

export const VERIFY_NOTE = 'Data dan bukti dukung sesuai.';

/** Where RAN activities happened: provinces of origin, transit and destination of victims. */
export const RAN_REPORT_REGIONS = [
  '53',
  '52',
  '33',
  '32',
  '35',
  '12',
  '21',
  '61',
  '64',
  '73',
  '18',
];
