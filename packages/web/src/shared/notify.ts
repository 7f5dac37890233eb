import { notifications } from '@mantine/notifications';
import { i18n } from '../app/i18n/index.js';

/** A short confirmation after a change; the close button is named in the user's language. */
export function notifySuccess(message: string) {
  notifications.show({
    color: 'teal',
    message,
    closeButtonProps: { 'aria-label': i18n.t('actions.close') },
  });
}
