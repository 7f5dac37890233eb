import type {
  CaseDetail,
  CaseEventView,
  ConsentView,
  LegalStepView,
  PersonRole,
  PersonView,
  ServiceView,
  VerificationState,
} from '@sigap/domain';
import { useCan } from '../../app/api/me.js';
import { CaseEditDialog } from './case-edit-dialog.js';
import { ConsentDialog } from './consent-dialog.js';
import { EventDialog } from './event-dialog.js';
import { LegalStepDialog } from './legal-step-dialog.js';
import { PersonDialog } from './person-dialog.js';
import { ReferralDialog } from './referral-dialog.js';
import { ServiceDialog } from './service-dialog.js';
import { VerificationDialog } from './verification-dialog.js';

/** Which form is open over the case page. */
export type CaseDialog =
  | { kind: 'edit' }
  | { kind: 'verify'; personId?: string; subject: string; current: VerificationState }
  | { kind: 'event'; event: CaseEventView | null }
  | { kind: 'person'; role: PersonRole; person: PersonView | null }
  | { kind: 'legal'; step: LegalStepView | null }
  | { kind: 'service'; personId: string; victimLabel: string; service: ServiceView | null }
  | { kind: 'consent'; personId: string; victimLabel: string; consent: ConsentView | null }
  | { kind: 'referral'; person: PersonView; victimLabel: string };

export type OpenDialog = (dialog: CaseDialog) => void;

/**
 * What the page offers this user. The server decides (owners change a case; a unit a victim was
 * referred to records that victim's services; break-the-glass reads only); these only spare
 * the user buttons that would be refused.
 */
export function useCaseAbilities(c: CaseDetail) {
  const can = useCan();
  const owner = c.access === 'owner';
  const referredHere = (personId: string) =>
    c.access === 'referral' &&
    c.referrals.some(
      (r) => r.personId === personId && (r.status === 'accepted' || r.status === 'completed'),
    );
  return {
    write: can('cases.write') && owner,
    verify: can('cases.verify') && owner,
    services: (personId: string) => can('cases.write') && (owner || referredHere(personId)),
  };
}

export function CaseDialogs({
  c,
  dialog,
  onClose,
}: {
  c: CaseDetail;
  dialog: CaseDialog | null;
  onClose: () => void;
}) {
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'edit':
      return <CaseEditDialog c={c} onClose={onClose} />;
    case 'verify':
      return (
        <VerificationDialog
          caseId={c.id}
          personId={dialog.personId}
          subject={dialog.subject}
          current={dialog.current}
          onClose={onClose}
        />
      );
    case 'event':
      return <EventDialog c={c} event={dialog.event} onClose={onClose} />;
    case 'person':
      return <PersonDialog c={c} role={dialog.role} person={dialog.person} onClose={onClose} />;
    case 'legal':
      return <LegalStepDialog c={c} step={dialog.step} onClose={onClose} />;
    case 'service':
      return (
        <ServiceDialog
          c={c}
          personId={dialog.personId}
          victimLabel={dialog.victimLabel}
          service={dialog.service}
          onClose={onClose}
        />
      );
    case 'consent':
      return (
        <ConsentDialog
          c={c}
          personId={dialog.personId}
          victimLabel={dialog.victimLabel}
          consent={dialog.consent}
          onClose={onClose}
        />
      );
    case 'referral':
      return (
        <ReferralDialog
          c={c}
          person={dialog.person}
          victimLabel={dialog.victimLabel}
          onClose={onClose}
        />
      );
  }
}
