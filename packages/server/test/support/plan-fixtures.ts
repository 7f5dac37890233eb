import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { institutionId } from '../../src/features/institutions/load-institutions.js';
import type { App } from '../../src/platform/http/types.js';
import type { Client } from './session.js';

/**
 * Plans the plan tests create through the API. Their period (2035–2039) lies after anything the
 * demo seed holds, so the tests own every plan of that period whatever the seed contains.
 */
export const START = 2035;
export const END = 2039;
export const inst = institutionId;

export type IndicatorInput = {
  code: string;
  name: string;
  unit: string;
  direction: 'higher_is_better' | 'lower_is_better' | 'yes_no' | 'target_attainment';
  baseline?: number | null;
  baselineYear?: number | null;
  targets: Record<string, number>;
};
export type ActivityInput = {
  code: string;
  title: string;
  responsibleInstitutionId: string;
  relatedInstitutionIds?: string[];
  ranActivityId?: string | null;
  indicators: IndicatorInput[];
  budget?: Array<{ year: number; amount: number | null; source: string; attached: boolean }>;
};
export type ProgramInput = {
  strategy: string;
  code: string;
  title: string;
  activities: ActivityInput[];
};
export type Doc = {
  kind: 'ran' | 'rad';
  regionCode: string | null;
  title: string;
  startYear: number;
  endYear: number;
  legalBasis?: string | null;
  programs: ProgramInput[];
};

export function ranDoc(): Doc {
  return {
    kind: 'ran',
    regionCode: null,
    title: 'RAN PP TPPO 2035–2039 (uji)',
    startYear: START,
    endYear: END,
    legalBasis: 'Perpres 1/2035',
    programs: [
      {
        strategy: 'pencegahan',
        code: '1.1',
        title: 'Edukasi publik',
        activities: [
          {
            code: '1.1.1',
            title: 'Sosialisasi di daerah asal pekerja migran',
            responsibleInstitutionId: inst('KEMENPPPA'),
            relatedInstitutionIds: [inst('KEMNAKER'), inst('POLRI')],
            indicators: [
              {
                code: 'a',
                name: 'Jumlah peserta sosialisasi',
                unit: 'orang',
                direction: 'higher_is_better',
                baseline: 1000,
                baselineYear: 2034,
                targets: { '2035': 1200, '2036': 1500 },
              },
            ],
            budget: [{ year: 2036, amount: 250_000_000, source: 'apbn', attached: false }],
          },
          {
            code: '1.1.2',
            title: 'Kurikulum anti-TPPO di sekolah',
            responsibleInstitutionId: inst('KEMENDIKDASMEN'),
            indicators: [
              {
                code: 'a',
                name: 'Sekolah yang memakai modul',
                unit: 'sekolah',
                direction: 'higher_is_better',
                targets: { '2035': 100 },
              },
            ],
          },
        ],
      },
      {
        strategy: 'penegakan_hukum',
        code: '5.1',
        title: 'Penegakan hukum',
        activities: [
          {
            code: '5.1.1',
            title: 'Penyidikan perkara TPPO',
            responsibleInstitutionId: inst('POLRI'),
            indicators: [
              {
                code: 'a',
                name: 'Tunggakan perkara',
                unit: 'perkara',
                direction: 'lower_is_better',
                baseline: 400,
                baselineYear: 2034,
                targets: { '2035': 300, '2039': 100 },
              },
              {
                code: 'b',
                name: 'Pedoman penyidikan terbit',
                unit: 'dokumen',
                direction: 'yes_no',
                targets: { '2036': 1 },
              },
            ],
            budget: [{ year: 2035, amount: null, source: 'apbn', attached: true }],
          },
        ],
      },
    ],
  };
}

/** A RAD with one activity implementing the given RAN activity. */
export function radDoc(regionCode: string, ranActivityId: string, responsible: string): Doc {
  return {
    kind: 'rad',
    regionCode,
    title: `RAD PP TPPO ${regionCode} 2035–2039 (uji)`,
    startYear: START,
    endYear: END,
    programs: [
      {
        strategy: 'pencegahan',
        code: '1',
        title: 'Pencegahan di daerah',
        activities: [
          {
            code: '1.1',
            title: 'Sosialisasi di desa',
            responsibleInstitutionId: responsible,
            ranActivityId,
            indicators: [
              {
                code: 'a',
                name: 'Desa yang disosialisasi',
                unit: 'desa',
                direction: 'higher_is_better',
                targets: { '2035': 10 },
              },
            ],
          },
        ],
      },
    ],
  };
}

/** A multipart/form-data body as a browser would send it. */
export function multipart(
  parts: Array<{ name: string; value: string } | { name: string; file: Buffer; fileName: string }>,
): { body: Buffer; contentType: string } {
  const boundary = `----sigap${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('file' in p) {
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${p.name}"; filename="${p.fileName}"\r\n` +
            'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
        ),
      );
      chunks.push(p.file, Buffer.from('\r\n'));
    } else
      chunks.push(
        Buffer.from(`Content-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`),
      );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Uploads a sheet for preview; `lang` picks the language of the answer. */
export async function preview(
  client: Client,
  file: Buffer,
  opts: { planId?: string; lang?: 'id' | 'en' } = {},
) {
  const { body, contentType } = multipart([
    ...(opts.planId ? [{ name: 'planId', value: opts.planId }] : []),
    { name: 'file', file, fileName: 'rencana.xlsx' },
  ]);
  return client.request('POST', '/api/plans/import/preview', body, {
    'content-type': contentType,
    'accept-language': opts.lang ?? 'en',
  });
}

/** The plan detail as the tests read it. */
export type Activity = {
  id: string;
  code: string;
  responsibleInstitution: { code: string; name: string };
  relatedInstitutions: Array<{ code: string }>;
  ranActivity: { id: string; code: string } | null;
  budget: Array<{ year: number; amount: number | null; source: string; attached: boolean }>;
  indicators: Array<{ id: string; code: string; targets: Record<string, number> }>;
};
export type Detail = {
  id: string;
  revision: number;
  shownRevision: number;
  regionName: string | null;
  programs: Array<{ id: string; code: string; strategy: string; activities: Activity[] }>;
};

export const activities = (d: Detail) => d.programs.flatMap((p) => p.activities);
export function activity(d: Detail, code: string): Activity {
  const a = activities(d).find((x) => x.code === code);
  if (!a) throw new Error(`no activity ${code}`);
  return a;
}
export async function detail(c: Client, id: string, q = ''): Promise<Detail> {
  const res = await c.request('GET', `/api/plans/${id}${q}`);
  expect(res.status, res.body).toBe(200);
  return res.json<Detail>();
}

export type Preview = {
  valid: boolean;
  mode?: string;
  planId?: string | null;
  noChanges?: boolean;
  message?: string;
  importToken?: string | null;
  counts?: unknown;
  changes?: Record<string, unknown>;
  errors?: Array<{
    row: number;
    column: { letter: string | null; name: string } | null;
    reason: string;
  }>;
};

/** A preview's errors as [row, column letter, reason]. */
export const brief = (p: Preview) =>
  (p.errors ?? []).map((e) => [e.row, e.column?.letter ?? null, e.reason]);

/** A plan's XLSX export with headers in `lang`. */
export async function exported(app: App, c: Client, id: string, lang: 'id' | 'en' = 'id') {
  const res = await app.inject({
    method: 'GET',
    url: `/api/plans/${id}/export.xlsx`,
    headers: { cookie: c.cookie, 'accept-language': lang },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
}

/** The exported sheet with some cells changed (row and column as Excel numbers them). */
export async function edited(
  app: App,
  c: Client,
  id: string,
  edit: (ws: ExcelJS.Worksheet) => void,
  lang: 'id' | 'en' = 'id',
) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exported(app, c, id, lang)) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  edit(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
