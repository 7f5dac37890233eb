import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { srOnly } from '../../shared/sr-only.js';
import { afterCaseWrite, casesApi, type RecordSegment } from './api.js';

/**
 * "Hapus" beside a record of the case, asking first: the server deletes it for good (audited),
 * and refuses what may not go (a victim already referred), which the dialog then shows. Like
 * RowButton, its accessible name says what it deletes ("Hapus Peristiwa 2").
 */
export function DeleteRecordButton({
  caseId,
  segment,
  itemId,
  what,
  message,
  testId,
}: {
  caseId: string;
  segment: Exclude<RecordSegment, 'consents'>;
  itemId: string;
  what: string;
  /** The question the dialog asks, naming the record and what goes with it. */
  message: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ConfirmButton
      size="compact-sm"
      danger
      message={message}
      confirmLabel={t('cases.delete.confirm')}
      testId={testId}
      onConfirm={async () => {
        await casesApi.removeRecord(caseId, segment, itemId);
        await afterCaseWrite(queryClient, null, caseId);
      }}
    >
      {t('cases.delete.action')}
      <span style={srOnly}> {what}</span>
    </ConfirmButton>
  );
}
