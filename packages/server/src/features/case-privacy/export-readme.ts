import type { IdentifyingExportFilters } from '@sigap/domain';

const FILES: Array<[string, string, string]> = [
  ['cases.csv', 'kasus (ringkasan dibuka dari enkripsi)', 'cases (summary decrypted)'],
  [
    'events.csv',
    'peristiwa: perekrutan, transit, eksploitasi',
    'events: recruitment, transit, exploitation',
  ],
  [
    'people.csv',
    'korban, pelaku, saksi — DATA IDENTITAS TERBUKA',
    'victims, perpetrators, witnesses — IDENTIFYING DATA IN CLEAR',
  ],
  ['services.csv', 'layanan per korban', 'services per victim'],
  ['referrals.csv', 'rujukan antar unit layanan', 'referrals between service units'],
  ['legal_steps.csv', 'proses hukum', 'legal process'],
];

/** The README inside the archive: what it holds, for whom, and how to handle it (id and en). */
export function exportReadme(m: {
  exportedBy: string;
  at: Date;
  filters: IdentifyingExportFilters;
  counts: Record<string, number>;
}): string {
  const filters =
    [
      m.filters.regionCode && `region ${m.filters.regionCode}`,
      m.filters.year && `year ${m.filters.year}`,
      m.filters.status && `status ${m.filters.status}`,
    ]
      .filter(Boolean)
      .join(', ') || 'none / tidak ada';
  const files = FILES.map(
    ([name, id, en]) =>
      `  ${name.padEnd(16)} ${String(m.counts[name] ?? 0).padStart(8)}  ${id} / ${en}`,
  ).join('\n');
  return `SIGAP — EKSPOR DATA IDENTITAS KORBAN TPPO / IDENTIFYING DATA EXPORT
=====================================================================

Dibuat / exported at : ${m.at.toISOString()}
Oleh / by            : ${m.exportedBy}
Filter / filters     : ${filters}

Berkas / files (baris / rows):
${files}

PERHATIAN — data ini mengidentifikasi korban perdagangan orang, termasuk anak.
- Hanya untuk keperluan penanganan kasus yang sah (UU 21/2007, UU 27/2022 tentang
  Pelindungan Data Pribadi). Ekspor ini tercatat di log audit Sigap.
- Simpan hanya di perangkat terenkripsi; hapus setelah selesai dipakai.
- Jangan kirim kata sandi lewat saluran yang sama dengan arsip ini.

WARNING — this data identifies victims of trafficking, children among them.
- For lawful case handling only. This export is recorded in Sigap's audit log.
- Keep it on encrypted storage only; delete it when done.
- Never send the password through the same channel as the archive.

Format:
- CSV, UTF-8 with BOM, comma-separated, RFC 4180 quoting; lists (e.g. exploitation_types)
  are joined with ';'. Codes are Sigap picklist codes (see the picklist reference).
- Text that a spreadsheet would run as a formula starts with an apostrophe (').
- The archive is encrypted with AES-256 (WinZip AE-2): open it with 7-Zip, WinRAR or PeaZip;
  some tools, such as the classic "unzip" command, cannot read AES archives.
`;
}
