import 'i18next';
import type { Catalogue } from './catalog';

// Typed keys: t('some.key') fails to compile when the key is not in the catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Catalogue };
    nsSeparator: false;
  }
}
