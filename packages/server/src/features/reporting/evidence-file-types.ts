/**
 * The kinds of evidence file (bukti dukung) accepted, recognised by their content — the magic
 * bytes — never by the name or the MIME type the browser sends, which anyone can set: an
 * executable renamed "laporan.pdf" is refused. The name's extension must also fit the content,
 * so what a verifier downloads opens in the program its name promises.
 */
export type EvidenceKind = {
  mimeType: string;
  extensions: readonly string[];
  label: string;
};

const KINDS = {
  pdf: { mimeType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  jpeg: { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  png: { mimeType: 'image/png', extensions: ['png'], label: 'PNG' },
  webp: { mimeType: 'image/webp', extensions: ['webp'], label: 'WebP' },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'DOCX',
  },
  xlsx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'XLSX',
  },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], label: 'ODT' },
  ods: {
    mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    label: 'ODS',
  },
  doc: { mimeType: 'application/msword', extensions: ['doc'], label: 'DOC' },
  xls: { mimeType: 'application/vnd.ms-excel', extensions: ['xls'], label: 'XLS' },
} as const satisfies Record<string, EvidenceKind>;

/** For messages: "PDF, JPEG, PNG, …". */
export const ACCEPTED_LABELS = Object.values(KINDS)
  .map((k) => k.label)
  .join(', ');

const startsWith = (buf: Buffer, bytes: readonly number[], at = 0) =>
  buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const has = (buf: Buffer, text: string) => buf.includes(Buffer.from(text, 'latin1'));

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Office Open XML and OpenDocument files are ZIP archives; what is inside tells them apart.
 * OpenDocument stores an uncompressed `mimetype` entry first (its specification requires it);
 * OOXML names its main part `word/…` or `xl/…`, and entry names are stored in clear.
 */
function zipKind(buf: Buffer): EvidenceKind | null {
  if (startsWith(buf, ascii('mimetype'), 30)) {
    if (has(buf.subarray(38, 120), 'application/vnd.oasis.opendocument.spreadsheet'))
      return KINDS.ods;
    if (has(buf.subarray(38, 120), 'application/vnd.oasis.opendocument.text')) return KINDS.odt;
    return null;
  }
  if (!has(buf, '[Content_Types].xml')) return null;
  if (has(buf, 'word/document.xml')) return KINDS.docx;
  if (has(buf, 'xl/workbook.xml')) return KINDS.xlsx;
  return null;
}

/**
 * What the content is, or null when it is none of the accepted kinds. `extension` only
 * separates the two legacy binary formats (DOC, XLS), which share one container (OLE2).
 */
export function sniffEvidence(buf: Buffer, extension: string): EvidenceKind | null {
  if (startsWith(buf, ascii('%PDF-'))) return KINDS.pdf;
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return KINDS.jpeg;
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return KINDS.png;
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) return KINDS.webp;
  if (startsWith(buf, ZIP)) return zipKind(buf);
  if (startsWith(buf, OLE2)) {
    if (extension === 'doc') return KINDS.doc;
    if (extension === 'xls') return KINDS.xls;
  }
  return null;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * The name to keep: the last path segment (browsers on Windows may send "C:\…\x.pdf"), without
 * control characters, at most 200 characters (keeping the extension).
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (clean.length <= 200) return clean || 'bukti-dukung';
  const ext = extensionOf(clean);
  return `${clean.slice(0, 190)}${ext ? `.${ext.slice(0, 8)}` : ''}`;
}
