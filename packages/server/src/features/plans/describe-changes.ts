import type { Lang } from '@sigap/domain';
import type { PlanChanges } from './api-schemas.js';

/**
 * A revision's changes as lines of text for a terminal: "+" added, "~" changed, "-" retired,
 * one line per row, values as the sheet shows them (institutions and RAN activities by code).
 */
const WORDS = {
  id: {
    program: 'program',
    activity: 'aksi',
    indicator: 'indikator',
    plan: 'rencana aksi',
    revived: 'dipulihkan',
    order: 'urutan baris berubah',
  },
  en: {
    program: 'program',
    activity: 'activity',
    indicator: 'indicator',
    plan: 'plan',
    revived: 'revived',
    order: 'the order of rows changed',
  },
} as const;

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

export function describeChanges(c: PlanChanges, lang: Lang): string[] {
  const w = WORDS[lang];
  const out: string[] = [];
  const fields = (fs: PlanChanges['plan']) =>
    fs.map((f) => `${f.field} ${show(f.before)} → ${show(f.after)}`).join('; ');
  if (c.plan.length > 0) out.push(`~ ${w.plan}: ${fields(c.plan)}`);
  const levels = [
    [w.program, c.programs],
    [w.activity, c.activities],
    [w.indicator, c.indicators],
  ] as const;
  for (const [name, level] of levels) {
    const code = (e: { code: string; activityCode?: string | undefined }) =>
      e.activityCode ? `${e.activityCode}/${e.code}` : e.code;
    for (const e of level.added)
      out.push(`+ ${name} ${code(e)} ${e.title}${e.revived ? ` (${w.revived})` : ''}`);
    for (const e of level.changed) out.push(`~ ${name} ${code(e)}: ${fields(e.fields)}`);
    for (const e of level.retired) out.push(`- ${name} ${code(e)} ${e.title}`);
  }
  if (c.reordered) out.push(`~ ${w.order}`);
  return out;
}
