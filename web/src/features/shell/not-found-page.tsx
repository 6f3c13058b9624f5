import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconMapOff size={28} />}
      title={t('shell.notFound')}
      description={t('shell.notFoundHint')}
      action={
        <Button component={Link} to="/" variant="light">
          {t('shell.backHome')}
        </Button>
      }
    />
  );
}
