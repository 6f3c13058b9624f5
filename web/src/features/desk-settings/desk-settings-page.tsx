import { Tabs } from '@mantine/core';
import { IconCategory, IconClockHour4, IconRoute, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/page-header';
import { AgentsTab } from './agents-tab';
import { CategoriesTab } from './categories-tab';
import { RoutingTab } from './routing-tab';
import { SlaTab } from './sla-tab';

const tabs = ['categories', 'routing', 'agents', 'sla'] as const;
type Tab = (typeof tabs)[number];

/** /admin/service-desk: ticket categories, routing rules, agents' presence and SLA settings (?tab= keeps the tab in the address). */
export function DeskSettingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = tabs.includes(asked as Tab) ? (asked as Tab) : 'categories';
  return (
    <>
      <PageHeader title={t('deskSettings.title')} description={t('deskSettings.description')} />
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'categories' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="categories" leftSection={<IconCategory size={16} />}>
            {t('deskSettings.tabs.categories')}
          </Tabs.Tab>
          <Tabs.Tab value="routing" leftSection={<IconRoute size={16} />}>
            {t('deskSettings.tabs.routing')}
          </Tabs.Tab>
          <Tabs.Tab value="agents" leftSection={<IconUsersGroup size={16} />}>
            {t('deskSettings.tabs.agents')}
          </Tabs.Tab>
          <Tabs.Tab value="sla" leftSection={<IconClockHour4 size={16} />}>
            {t('deskSettings.tabs.sla')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="categories">
          <CategoriesTab />
        </Tabs.Panel>
        <Tabs.Panel value="routing">
          <RoutingTab />
        </Tabs.Panel>
        <Tabs.Panel value="agents">
          <AgentsTab />
        </Tabs.Panel>
        <Tabs.Panel value="sla">
          <SlaTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
