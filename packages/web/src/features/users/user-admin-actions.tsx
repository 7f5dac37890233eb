import type { UserView } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/api/me.js';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { notifySuccess } from '../../shared/notify.js';
import { userKeys, usersApi } from './api.js';
import { ResetPasswordButton } from './reset-password-button.js';
import { isLocked } from './user-status.js';

/** What an administrator can do to an account; each asks first and is audited by the server. */
export function UserAdminActions({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const self = me.user.id === user.id;

  async function done(message: string) {
    notifySuccess(message);
    await queryClient.invalidateQueries({ queryKey: userKeys.all });
  }

  return (
    <>
      <ResetPasswordButton user={user} onDone={() => done(t('users.actions.resetPasswordDone'))} />
      {isLocked(user) ? (
        <ConfirmButton
          message={t('users.actions.unlockConfirm')}
          onConfirm={async () => {
            await usersApi.unlock(user.id);
            await done(t('users.actions.unlockDone'));
          }}
        >
          {t('users.actions.unlock')}
        </ConfirmButton>
      ) : null}
      {self ? null : (
        <ConfirmButton
          message={t('users.actions.revokeConfirm')}
          onConfirm={async () => {
            const { revoked } = await usersApi.revokeSessions(user.id);
            await done(t('users.actions.revokeDone', { count: revoked }));
          }}
        >
          {t('users.actions.revokeSessions')}
        </ConfirmButton>
      )}
      {user.totpEnabled && !self ? (
        <ConfirmButton
          danger
          message={t('users.actions.reset2faConfirm')}
          onConfirm={async () => {
            await usersApi.resetTwoFactor(user.id);
            await done(t('users.actions.reset2faDone'));
          }}
        >
          {t('users.actions.reset2fa')}
        </ConfirmButton>
      ) : null}
      {self ? null : user.active ? (
        <ConfirmButton
          danger
          testId="user-deactivate"
          message={t('users.actions.deactivateConfirm')}
          onConfirm={async () => {
            await usersApi.update(user.id, { active: false });
            await done(t('users.actions.deactivateDone'));
          }}
        >
          {t('users.actions.deactivate')}
        </ConfirmButton>
      ) : (
        <ConfirmButton
          message={t('users.actions.activateConfirm')}
          onConfirm={async () => {
            await usersApi.update(user.id, { active: true });
            await done(t('users.actions.activateDone'));
          }}
        >
          {t('users.actions.activate')}
        </ConfirmButton>
      )}
    </>
  );
}
