import { describe, expect, it } from 'vitest';
import {
  availableActions,
  countsForAchievement,
  isFiled,
  isLocked,
  nextState,
  REPORT_ACTIONS,
  REPORT_ACTORS,
  REPORT_STATES,
  type ReportAction,
  type ReportActor,
  type ReportState,
  ReportTransition,
  reporterMayEdit,
  verifierMayScore,
} from '../src/index.js';

/** Every allowed move, written out by hand from the issue, so the table is checked, not echoed. */
const ALLOWED: Array<[ReportState, ReportAction, ReportActor, ReportState]> = [
  ['draft', 'submit', 'reporter', 'submitted'],
  ['submitted', 'return', 'verifier', 'returned'],
  ['verified', 'return', 'verifier', 'returned'],
  ['returned', 'resubmit', 'reporter', 'submitted'],
  ['submitted', 'verify', 'verifier', 'verified'],
  ['verified', 'approve', 'verifier', 'approved'],
  ['approved', 'reopen', 'verifier', 'returned'],
];

describe('nextState', () => {
  it('allows each transition of the workflow to its actor, with a note where one is needed', () => {
    for (const [from, action, actor, to] of ALLOWED)
      expect(
        nextState(from, action, { actor, note: 'Perbaiki angka realisasi' }),
        `${from} ${action}`,
      ).toEqual({
        ok: true,
        state: to,
        note: 'Perbaiki angka realisasi',
      });
  });

  it('refuses every other state/action pair, whoever asks', () => {
    let refused = 0;
    for (const state of REPORT_STATES)
      for (const action of REPORT_ACTIONS) {
        if (ALLOWED.some(([s, a]) => s === state && a === action)) continue;
        for (const actor of REPORT_ACTORS) {
          const r = nextState(state, action, { actor, note: 'x' });
          expect(r.ok, `${state} ${action} ${actor}`).toBe(false);
          if (!r.ok) expect(r.code).toBe('not_allowed_from_state');
          refused++;
        }
      }
    // 5 states × 6 actions = 30 pairs, 7 allowed, 23 refused for each of 2 actors
    expect(refused).toBe(46);
  });

  it('refuses the right move by the wrong actor', () => {
    for (const [from, action, actor] of ALLOWED) {
      const other: ReportActor = actor === 'reporter' ? 'verifier' : 'reporter';
      const r = nextState(from, action, { actor: other, note: 'x' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe('wrong_actor');
    }
    expect(nextState('submitted', 'verify', { actor: 'reporter' })).toEqual({
      ok: false,
      code: 'wrong_actor',
      message: {
        id: 'Hanya verifikator (sekretariat atau koordinator sub gugus tugas) yang dapat "Verifikasi"',
        en: 'Only a verifier (the secretariat or the sub-task-force coordinator) may "Verify"',
      },
    });
    expect(nextState('draft', 'submit', { actor: 'verifier' })).toMatchObject({
      ok: false,
      message: { en: 'Only a reporter of the responsible institution may "Submit"' },
    });
  });

  it('needs a comment to return and a reason to reopen; blank does not count', () => {
    for (const note of [undefined, null, '', '   \n '])
      expect(nextState('submitted', 'return', { actor: 'verifier', note })).toEqual({
        ok: false,
        code: 'note_required',
        message: {
          id: 'Komentar pengembalian wajib diisi',
          en: 'A comment for the return is required',
        },
      });
    expect(nextState('approved', 'reopen', { actor: 'verifier', note: ' ' })).toEqual({
      ok: false,
      code: 'note_required',
      message: {
        id: 'Alasan membuka kembali wajib diisi',
        en: 'A reason for reopening is required',
      },
    });
    expect(
      nextState('approved', 'reopen', { actor: 'verifier', note: '  Data korban salah hitung ' }),
    ).toEqual({ ok: true, state: 'returned', note: 'Data korban salah hitung' });
  });

  it('lets the optional note be left out', () => {
    expect(nextState('draft', 'submit', { actor: 'reporter' })).toEqual({
      ok: true,
      state: 'submitted',
      note: null,
    });
    expect(nextState('verified', 'approve', { actor: 'verifier', note: '' })).toEqual({
      ok: true,
      state: 'approved',
      note: null,
    });
  });

  it('names the state in the refusal message', () => {
    expect(nextState('approved', 'submit', { actor: 'reporter' })).toEqual({
      ok: false,
      code: 'not_allowed_from_state',
      message: {
        id: 'Tindakan "Ajukan" tidak dapat dilakukan pada laporan berstatus Disetujui',
        en: '"Submit" is not possible on a report that is approved',
      },
    });
  });

  it('walks the issue scenario: submit, return, resubmit, verify, approve, reopen', () => {
    let s: ReportState = 'draft';
    const steps: Array<[ReportAction, ReportActor, string?]> = [
      ['submit', 'reporter'],
      ['return', 'verifier', 'Lampirkan daftar hadir'],
      ['resubmit', 'reporter'],
      ['verify', 'verifier'],
      ['approve', 'verifier'],
      ['reopen', 'verifier', 'Angka ganda'],
      ['resubmit', 'reporter'],
    ];
    const seen: ReportState[] = [];
    for (const [action, actor, note] of steps) {
      const r = nextState(s, action, { actor, note });
      if (!r.ok) throw new Error(r.message.en);
      s = r.state;
      seen.push(s);
    }
    expect(seen).toEqual([
      'submitted',
      'returned',
      'submitted',
      'verified',
      'approved',
      'returned',
      'submitted',
    ]);
  });
});

describe('abilities per state', () => {
  it('lists the buttons each actor sees', () => {
    expect(availableActions('draft', 'reporter')).toEqual(['submit']);
    expect(availableActions('draft', 'verifier')).toEqual([]);
    expect(availableActions('submitted', 'verifier')).toEqual(['return', 'verify']);
    expect(availableActions('submitted', 'reporter')).toEqual([]);
    expect(availableActions('verified', 'verifier')).toEqual(['return', 'approve']);
    expect(availableActions('returned', 'reporter')).toEqual(['resubmit']);
    expect(availableActions('approved', 'verifier')).toEqual(['reopen']);
    expect(availableActions('approved', 'reporter')).toEqual([]);
  });

  it('locks approved reports only, and lets reporters edit only drafts and returned reports', () => {
    expect(REPORT_STATES.filter(isLocked)).toEqual(['approved']);
    expect(REPORT_STATES.filter(reporterMayEdit)).toEqual(['draft', 'returned']);
    expect(REPORT_STATES.filter(verifierMayScore)).toEqual(['submitted', 'verified']);
    expect(REPORT_STATES.filter(isFiled)).toEqual([
      'submitted',
      'returned',
      'verified',
      'approved',
    ]);
    expect(REPORT_STATES.filter(countsForAchievement)).toEqual(['approved']);
  });
});

describe('ReportTransition', () => {
  it('trims the note, defaults it to null and refuses unknown actions', () => {
    expect(ReportTransition.parse({ action: 'return', note: '  cek lagi ' })).toEqual({
      action: 'return',
      note: 'cek lagi',
    });
    expect(ReportTransition.parse({ action: 'approve' })).toEqual({
      action: 'approve',
      note: null,
    });
    expect(ReportTransition.safeParse({ action: 'delete' }).success).toBe(false);
    expect(ReportTransition.safeParse({ action: 'approve', state: 'approved' }).success).toBe(
      false,
    );
    expect(ReportTransition.safeParse({ action: 'return', note: 'x'.repeat(4001) }).success).toBe(
      false,
    );
  });
});
