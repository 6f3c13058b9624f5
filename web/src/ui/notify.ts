import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { errorMessage } from './error-message';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}

export function notifyError(t: TFunction, error: unknown, title?: string): void {
  notifications.show({ color: 'red', title: title ?? t('common.errorTitle'), message: errorMessage(t, error), autoClose: 6000 });
}
