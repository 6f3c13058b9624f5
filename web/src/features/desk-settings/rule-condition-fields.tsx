import { MultiSelect, SegmentedControl, SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ticketChannels, ticketPriorities } from '../tickets/tickets.types';
import type { RuleValues } from './rule-form';
import type { DeskRefs } from './use-desk-refs';

const languageSuggestions = ['zh', 'zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'th', 'vi'];

/** The conditions half of the rule editor: every field optional, all given ones must hold. */
export function RuleConditionFields({ form, refs }: { form: UseFormReturnType<RuleValues>; refs: DeskRefs }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TagsInput
        label={t('deskSettings.rules.keywords')}
        description={t('deskSettings.rules.keywordsHint')}
        placeholder={t('deskSettings.rules.keywordsPlaceholder')}
        clearable
        {...form.getInputProps('keywords')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('tickets.channel.label')}
          placeholder={t('deskSettings.rules.any')}
          data={ticketChannels.map((c) => ({ value: c, label: t(`tickets.channel.${c}`) }))}
          clearable
          {...form.getInputProps('channels')}
        />
        <MultiSelect
          label={t('tickets.priority.label')}
          description={t('deskSettings.rules.prioritiesHint')}
          placeholder={t('deskSettings.rules.any')}
          data={ticketPriorities.map((p) => ({ value: p, label: t(`tickets.priority.${p}`) }))}
          clearable
          {...form.getInputProps('priorities')}
        />
        <MultiSelect
          label={t('deskSettings.rules.categories')}
          description={t('deskSettings.rules.categoriesHint')}
          placeholder={t('deskSettings.rules.any')}
          data={refs.categoryOptions}
          searchable
          clearable
          {...form.getInputProps('categoryIds')}
        />
        <MultiSelect
          label={t('deskSettings.rules.stores')}
          placeholder={t('deskSettings.rules.any')}
          data={refs.storeOptions}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('storeIds')}
        />
        <TagsInput
          label={t('deskSettings.rules.languages')}
          description={t('deskSettings.rules.languagesHint')}
          placeholder={t('deskSettings.rules.any')}
          data={languageSuggestions}
          clearable
          {...form.getInputProps('languages')}
        />
        <TagsInput
          label={t('deskSettings.rules.tiers')}
          description={t('deskSettings.rules.tiersHint')}
          placeholder={t('deskSettings.rules.any')}
          data={refs.tierCodes}
          clearable
          {...form.getInputProps('tierCodes')}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('deskSettings.rules.vip')}
        </Text>
        <SegmentedControl
          aria-label={t('deskSettings.rules.vip')}
          data={[
            { value: 'any', label: t('deskSettings.rules.vipAny') },
            { value: 'yes', label: t('deskSettings.rules.vipYes') },
            { value: 'no', label: t('deskSettings.rules.vipNo') },
          ]}
          {...form.getInputProps('vip')}
        />
      </Stack>
    </Stack>
  );
}
