import { Paper, Tabs } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/page-header';
import { primeReport } from './moderation.api';
import { reportStatuses, type PlayerReport, type ReportStatus } from './moderation.types';
import { ReportDrawer } from './report-drawer';
import { ReportsTable } from './reports-table';
import { SanctionsTab } from './sanctions-tab';

type Tab = ReportStatus | 'sanctions';

/**
 * /moderation: player reports by status (open first, oldest first), each opened to decide it and see
 * the account's sanctions, and every sanction in its own tab. `?report=<id>` opens that report.
 */
export function ModerationPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [tab, setTab] = useState<Tab>('open');
  const [params, setParams] = useSearchParams();
  const reportId = params.get('report');
  const open = (r: PlayerReport) => {
    primeReport(client, r);
    setParams({ report: r.id });
  };
  return (
    <>
      <PageHeader title={t('casework.moderation.title')} description={t('casework.moderation.intro')} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List mb="md">
          {reportStatuses.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(`casework.moderation.tabs.${s}`)}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value="sanctions">{t('casework.moderation.tabs.sanctions')}</Tabs.Tab>
        </Tabs.List>
        {tab === 'sanctions' ? (
          <SanctionsTab />
        ) : (
          <Paper withBorder p="md" radius="md">
            <ReportsTable status={tab} onOpen={open} />
          </Paper>
        )}
      </Tabs>
      <ReportDrawer reportId={reportId} onClose={() => setParams({}, { replace: true })} />
    </>
  );
}
