import { createHash } from 'node:crypto';
import type { FileStorage } from '../../platform/storage/storage.js';

/**
 * Bukti dukung (evidence) files of the demo reports: two one-page PDFs and a small PNG, kept in
 * file storage under their SHA-256 like any upload, so downloads of demo evidence work. The bytes
 * are built here, not by a library or zlib, so every installation stores the same hashes.
 */

/** Storage key of an evidence file: content-addressed, fanned out by the first two hex digits. */
export const evidenceStorageKey = (sha256: string) => `evidence/${sha256.slice(0, 2)}/${sha256}`;

/** A valid one-page A4 PDF with Helvetica text (ASCII only: no font embedding needed). */
function onePagePdf(title: string, lines: string[]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = [
    'BT',
    `/F1 16 Tf 56 780 Td (${esc(title)}) Tj`,
    '/F1 11 Tf',
    ...lines.map((l) => `0 -20 Td (${esc(l)}) Tj`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// 48 × 32 palette PNG of a document icon (generated once; kept as bytes so its hash never moves)
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAMAAABjCgsuAAAADFBMVEXZ7uz///8zPUrGKCiDb0DnAAAAMElEQVR42mNgGNyACQfArYERKxhgDZgeGHAnjfph1A/U0sAMA0NYA61DidSCbHAAABIuA2E4IqUAAAAAAElFTkSuQmCC';

export type DemoEvidenceKind = 'report' | 'minutes' | 'photo';

export type DemoEvidenceFile = {
  kind: DemoEvidenceKind;
  /** File name stem; the seed adds the period, e.g. laporan-kegiatan-2023-TW2.pdf. */
  stem: string;
  extension: string;
  mimeType: string;
  bytes: Buffer;
  sha256: string;
};

function file(kind: DemoEvidenceKind, stem: string, mimeType: string, bytes: Buffer) {
  const extension = mimeType === 'application/pdf' ? 'pdf' : 'png';
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { kind, stem, extension, mimeType, bytes, sha256 };
}

export const DEMO_EVIDENCE: Record<DemoEvidenceKind, DemoEvidenceFile> = {
  report: file(
    'report',
    'laporan-kegiatan',
    'application/pdf',
    onePagePdf('Laporan Pelaksanaan Kegiatan RAN/RAD PP TPPO', [
      'DATA DEMO - dokumen contoh untuk bukti dukung, bukan dokumen resmi.',
      '',
      '1. Dasar pelaksanaan: rencana aksi dan surat tugas pimpinan.',
      '2. Waktu dan tempat: sesuai periode pelaporan.',
      '3. Peserta: perwakilan instansi anggota gugus tugas dan masyarakat.',
      '4. Hasil: realisasi sebagaimana dilaporkan pada Sigap.',
      '5. Kendala dan tindak lanjut: sebagaimana dilaporkan pada Sigap.',
    ]),
  ),
  minutes: file(
    'minutes',
    'notulen-dan-daftar-hadir',
    'application/pdf',
    onePagePdf('Notulen Rapat dan Daftar Hadir', [
      'DATA DEMO - dokumen contoh untuk bukti dukung, bukan dokumen resmi.',
      '',
      'Agenda: koordinasi pelaksanaan rencana aksi PP TPPO.',
      'Kesimpulan: kegiatan dilanjutkan sesuai jadwal; data disampaikan tepat waktu.',
      'Daftar hadir: terlampir (contoh).',
    ]),
  ),
  photo: file('photo', 'dokumentasi-kegiatan', 'image/png', Buffer.from(PNG_BASE64, 'base64')),
};

/** Puts the demo evidence bytes into storage; content-addressed, so running it twice is harmless. */
export async function storeDemoEvidence(storage: FileStorage): Promise<void> {
  for (const f of Object.values(DEMO_EVIDENCE)) {
    const key = evidenceStorageKey(f.sha256);
    if (!(await storage.exists(key))) await storage.put(key, f.bytes, f.mimeType);
  }
}
