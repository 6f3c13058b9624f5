import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Import } from '../../api/types';

const colors: Record<Import['status'], string> = {
  uploaded: 'gray',
  queued: 'blue',
  running: 'indigo',
  completed: 'teal',
  failed: 'red',
  cancelled: 'orange',
};

/** The import's status, with "dry run" beside it when nothing was stored. */
export function ImportStatusBadge({ imp }: { imp: Pick<Import, 'status' | 'dryRun'> }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[imp.status]} variant={imp.status === 'running' ? 'filled' : 'light'} tt="none" data-testid="import-status" data-status={imp.status}>
      {t(`imports.status.${imp.status}`)}
      {imp.dryRun && imp.status !== 'uploaded' ? ` · ${t('imports.dryRunShort')}` : ''}
    </Badge>
  );
}
