import { Checkbox, NumberInput, Select, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CustomField } from '../../api/types';

/** The input for one custom field, by its type. */
export function CustomFieldInput({ field, inputProps, checkboxProps }: { field: CustomField; inputProps: GetInputPropsReturnType; checkboxProps: GetInputPropsReturnType }) {
  const { t } = useTranslation();
  const common = { label: field.label, required: field.required, 'data-custom-field': field.key };
  switch (field.type) {
    case 'number':
      return <NumberInput {...common} {...inputProps} />;
    case 'date':
      return <TextInput {...common} type="date" {...inputProps} />;
    case 'enum':
      return <Select {...common} data={field.options} clearable={!field.required} placeholder={t('customers.form.choose')} {...inputProps} />;
    case 'boolean':
      return <Checkbox label={field.label} mt="lg" data-custom-field={field.key} {...checkboxProps} />;
    default:
      return <TextInput {...common} {...inputProps} />;
  }
}
