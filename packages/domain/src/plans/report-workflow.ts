import { z } from 'zod';
import type { Bilingual } from '../common/lang.js';

/**
 * The life of a progress report (laporan kemajuan): the submit → verify → approve pattern of
 * Indonesian M&E systems (domain.md §4), with a way back to the reporter at each step:
 *
 *   draft ──submit──▶ submitted ──verify──▶ verified ──approve──▶ approved
 *   submitted, verified ──return (comment)──▶ returned ──resubmit──▶ submitted
 *   approved ──reopen (reason)──▶ returned
 *
 * "Resubmitted" is not a state of its own: a resubmitted report is `submitted` again and goes
 * through verification from the start; the timeline keeps each round.
 */
export const REPORT_STATES = ['draft', 'submitted', 'returned', 'verified', 'approved'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_ACTIONS = [
  'submit',
  'return',
  'resubmit',
  'verify',
  'approve',
  'reopen',
] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/**
 * Who acts. `reporter`: a user of the responsible institution of the activity (for a RAD, also
 * the regional task force). `verifier`: the secretariat (sekretariat) or the coordinator of the
 * sub-task-force (sub gugus tugas) of the activity's strategy. The server decides which kind a
 * user is for a given report; this module decides what that kind may do.
 */
export const REPORT_ACTORS = ['reporter', 'verifier'] as const;
export type ReportActor = (typeof REPORT_ACTORS)[number];

export type TransitionRule = {
  from: readonly ReportState[];
  to: ReportState;
  actors: readonly ReportActor[];
  /** `required`: the action is refused without a non-blank note (comment or reason). */
  note: 'optional' | 'required';
  label: Bilingual;
};

export const REPORT_TRANSITIONS: Record<ReportAction, TransitionRule> = {
  submit: {
    from: ['draft'],
    to: 'submitted',
    actors: ['reporter'],
    note: 'optional',
    label: { id: 'Ajukan', en: 'Submit' },
  },
  // the reporter must learn what to fix, so a return without a comment is refused
  return: {
    from: ['submitted', 'verified'],
    to: 'returned',
    actors: ['verifier'],
    note: 'required',
    label: { id: 'Kembalikan', en: 'Return' },
  },
  resubmit: {
    from: ['returned'],
    to: 'submitted',
    actors: ['reporter'],
    note: 'optional',
    label: { id: 'Ajukan ulang', en: 'Resubmit' },
  },
  verify: {
    from: ['submitted'],
    to: 'verified',
    actors: ['verifier'],
    note: 'optional',
    label: { id: 'Verifikasi', en: 'Verify' },
  },
  approve: {
    from: ['verified'],
    to: 'approved',
    actors: ['verifier'],
    note: 'optional',
    label: { id: 'Setujui', en: 'Approve' },
  },
  // approved figures feed the report to the President; changing one needs a recorded reason
  reopen: {
    from: ['approved'],
    to: 'returned',
    actors: ['verifier'],
    note: 'required',
    label: { id: 'Buka kembali', en: 'Reopen' },
  },
};

export const REPORT_STATE_LABELS: Record<ReportState, Bilingual> = {
  draft: { id: 'Draf', en: 'Draft' },
  submitted: { id: 'Diajukan', en: 'Submitted' },
  returned: { id: 'Dikembalikan', en: 'Returned' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
  approved: { id: 'Disetujui', en: 'Approved' },
};

export const TRANSITION_ERRORS = [
  'not_allowed_from_state',
  'wrong_actor',
  'note_required',
] as const;
export type TransitionErrorCode = (typeof TRANSITION_ERRORS)[number];

export type TransitionResult =
  | { ok: true; state: ReportState; note: string | null }
  | { ok: false; code: TransitionErrorCode; message: Bilingual };

/** A transition as the API receives it. */
export const ReportTransition = z.strictObject({
  action: z.enum(REPORT_ACTIONS),
  /** Comment (for a return) or reason (for a reopen); optional otherwise. */
  note: z.string().trim().max(4000).nullable().default(null),
});
export type ReportTransition = z.infer<typeof ReportTransition>;

function refuse(
  code: TransitionErrorCode,
  action: ReportAction,
  state: ReportState,
): TransitionResult {
  const a = REPORT_TRANSITIONS[action].label;
  const s = REPORT_STATE_LABELS[state];
  switch (code) {
    case 'not_allowed_from_state':
      return {
        ok: false,
        code,
        message: {
          id: `Tindakan "${a.id}" tidak dapat dilakukan pada laporan berstatus ${s.id}`,
          en: `"${a.en}" is not possible on a report that is ${s.en.toLowerCase()}`,
        },
      };
    case 'wrong_actor':
      return {
        ok: false,
        code,
        message: REPORT_TRANSITIONS[action].actors.includes('verifier')
          ? {
              id: `Hanya verifikator (sekretariat atau koordinator sub gugus tugas) yang dapat "${a.id}"`,
              en: `Only a verifier (the secretariat or the sub-task-force coordinator) may "${a.en}"`,
            }
          : {
              id: `Hanya pelapor instansi penanggung jawab yang dapat "${a.id}"`,
              en: `Only a reporter of the responsible institution may "${a.en}"`,
            },
      };
    case 'note_required':
      return {
        ok: false,
        code,
        message:
          action === 'reopen'
            ? { id: 'Alasan membuka kembali wajib diisi', en: 'A reason for reopening is required' }
            : {
                id: 'Komentar pengembalian wajib diisi',
                en: 'A comment for the return is required',
              },
      };
  }
}

/**
 * The state after an action, or why it is refused. Checks run in the order a user can act on:
 * first whether the action exists here at all, then whether this user may take it, then the note.
 */
export function nextState(
  state: ReportState,
  action: ReportAction,
  context: { actor: ReportActor; note?: string | null },
): TransitionResult {
  const rule = REPORT_TRANSITIONS[action];
  if (!rule.from.includes(state)) return refuse('not_allowed_from_state', action, state);
  if (!rule.actors.includes(context.actor)) return refuse('wrong_actor', action, state);
  const note = context.note?.trim() || null;
  if (rule.note === 'required' && note === null) return refuse('note_required', action, state);
  return { ok: true, state: rule.to, note };
}

/** The actions a user of this kind may take now: the buttons the web app shows. */
export function availableActions(state: ReportState, actor: ReportActor): ReportAction[] {
  return REPORT_ACTIONS.filter((a) => {
    const rule = REPORT_TRANSITIONS[a];
    return rule.from.includes(state) && rule.actors.includes(actor);
  });
}

/** Approved reports are locked: nobody edits them; only a verifier's reopen unlocks them. */
export function isLocked(state: ReportState): boolean {
  return state === 'approved';
}

/**
 * Whether the reporter may change the content (figures, narrative, kendala, evidence). Only in
 * draft and after a return: once submitted, the verifier must judge what the reporter sent.
 */
export function reporterMayEdit(state: ReportState): boolean {
  return state === 'draft' || state === 'returned';
}

/** Whether a verifier may score the evidence with the rubric: while judging the report. */
export function verifierMayScore(state: ReportState): boolean {
  return state === 'submitted' || state === 'verified';
}

/**
 * For completeness ("who has reported"), a report counts as filed once submitted, even if later
 * returned: the institution did report on time; the fix is a separate matter on the timeline.
 */
export function isFiled(state: ReportState): boolean {
  return state !== 'draft';
}

/** Only approved figures enter the achievement figures: unverified claims are not published. */
export function countsForAchievement(state: ReportState): boolean {
  return state === 'approved';
}
