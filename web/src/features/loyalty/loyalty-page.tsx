import { Tabs } from '@mantine/core';
import { IconAward, IconGift, IconSettings, IconSparkles, IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header';
import { CouponTemplatesTab } from './coupon-templates-tab';
import { RewardsTab } from './rewards-tab';
import { RulesTab } from './rules-tab';
import { SettingsTab } from './settings-tab';
import { TiersTab } from './tiers-tab';

/** /loyalty: earning rules and campaigns, tiers, rewards catalog, coupon templates and settings. */
export function LoyaltyPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('loyalty.title')} description={t('loyalty.description')} />
      <Tabs defaultValue="rules" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="rules" leftSection={<IconSparkles size={16} />}>{t('loyalty.tabs.rules')}</Tabs.Tab>
          <Tabs.Tab value="tiers" leftSection={<IconAward size={16} />}>{t('loyalty.tabs.tiers')}</Tabs.Tab>
          <Tabs.Tab value="rewards" leftSection={<IconGift size={16} />}>{t('loyalty.tabs.rewards')}</Tabs.Tab>
          <Tabs.Tab value="coupons" leftSection={<IconTicket size={16} />}>{t('loyalty.tabs.coupons')}</Tabs.Tab>
          <Tabs.Tab value="settings" leftSection={<IconSettings size={16} />}>{t('loyalty.tabs.settings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rules"><RulesTab /></Tabs.Panel>
        <Tabs.Panel value="tiers"><TiersTab /></Tabs.Panel>
        <Tabs.Panel value="rewards"><RewardsTab /></Tabs.Panel>
        <Tabs.Panel value="coupons"><CouponTemplatesTab /></Tabs.Panel>
        <Tabs.Panel value="settings"><SettingsTab /></Tabs.Panel>
      </Tabs>
    </>
  );
}
