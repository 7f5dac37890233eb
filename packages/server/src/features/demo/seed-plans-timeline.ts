import {
  addDays,
  daysBetween,
  nextState,
  type ReportAction,
  type ReportActor,
  type ReportingPeriod,
  type ReportState,
} from '@sigap/domain';
import { RESUBMIT_NOTES, RETURN_NOTES, VERIFY_NOTE } from './demo-plan-data-texts.js';
import type { Random } from './seed-plans-random.js';

/**
 * The timeline of one demo report: the workflow steps that lead to its state, with who acted and
 * when. Each step goes through the domain's nextState(), so a timeline the workflow would refuse
 * cannot be seeded.
 */
export type TimelineStep = {
  action: 'create' | ReportAction;
  from: ReportState | null;
  to: ReportState;
  actor: ReportActor;
  note: string | null;
  at: Date;
};

/** A moment on a working day-ish hour: 08:00–15:59 WIB (UTC+7) of the given date. */
function moment(isoDate: string, rnd: Random): Date {
  const base = Date.parse(`${isoDate}T00:00:00Z`);
  return new Date(base + (1 + rnd.int(0, 7)) * 3_600_000 + rnd.int(0, 59) * 60_000);
}

/** The steps, in order, that bring a new report to `state`. */
export function timeline(state: ReportState, period: ReportingPeriod, rnd: Random): TimelineStep[] {
  const steps: TimelineStep[] = [];
  let current: ReportState = 'draft';
  let day = addDays(period.endsOn, rnd.int(1, 10));
  steps.push({
    action: 'create',
    from: null,
    to: 'draft',
    actor: 'reporter',
    note: null,
    at: moment(day, rnd),
  });
  const step = (action: ReportAction, actor: ReportActor, gapDays: number, note: string | null) => {
    const result = nextState(current, action, { actor, note });
    if (!result.ok) throw new Error(`demo timeline: ${action} from ${current}: ${result.code}`);
    day = addDays(day, gapDays);
    // two steps on one day keep their order: at least a quarter of an hour apart
    const earliest = (steps.at(-1)?.at.getTime() ?? 0) + 15 * 60_000;
    const at = new Date(Math.max(moment(day, rnd).getTime(), earliest));
    steps.push({ action, from: current, to: result.state, actor, note: result.note, at });
    current = result.state;
  };
  if (state === 'draft') return steps;

  // one in ten reports is filed late, within the closing grace
  const late = rnd.chance(0.1);
  const submitGap = late
    ? Math.max(0, daysBetween(day, period.deadline) + rnd.int(1, 25))
    : rnd.int(0, 4);
  step('submit', 'reporter', submitGap, null);
  const roundTrip = () => {
    step('return', 'verifier', rnd.int(2, 10), rnd.pick(RETURN_NOTES));
    step('resubmit', 'reporter', rnd.int(1, 7), rnd.pick(RESUBMIT_NOTES));
  };
  switch (state) {
    case 'submitted':
      if (rnd.chance(0.15)) roundTrip();
      break;
    case 'returned':
      if (rnd.chance(0.3)) step('verify', 'verifier', rnd.int(2, 12), null);
      step('return', 'verifier', rnd.int(2, 10), rnd.pick(RETURN_NOTES));
      break;
    case 'verified':
      if (rnd.chance(0.12)) roundTrip();
      step('verify', 'verifier', rnd.int(2, 12), rnd.chance(0.3) ? VERIFY_NOTE : null);
      break;
    case 'approved':
      if (rnd.chance(0.15)) roundTrip();
      step('verify', 'verifier', rnd.int(2, 12), rnd.chance(0.3) ? VERIFY_NOTE : null);
      step('approve', 'verifier', rnd.int(1, 6), null);
      break;
  }
  const end = steps.at(-1)?.to;
  if (end !== state) throw new Error(`demo timeline ended in ${end}, not ${state}`);
  return steps;
}
