import baseEn from './en.json';
import baseZh from './zh-CN.json';
import membershipEn from './modules/membership.en.json';
import membershipZh from './modules/membership.zh-CN.json';
import venuesEn from './modules/venues.en.json';
import venuesZh from './modules/venues.zh-CN.json';
import loyaltyEn from './modules/loyalty.en.json';
import loyaltyZh from './modules/loyalty.zh-CN.json';
import portalEn from './modules/portal.en.json';
import portalZh from './modules/portal.zh-CN.json';
import ticketsEn from './modules/tickets.en.json';
import ticketsZh from './modules/tickets.zh-CN.json';
import deskSettingsEn from './modules/desk-settings.en.json';
import deskSettingsZh from './modules/desk-settings.zh-CN.json';
import caseworkEn from './modules/casework.en.json';
import caseworkZh from './modules/casework.zh-CN.json';

type Tree = { [key: string]: string | Tree };

/** Merges catalogues key by key (a module may add keys under a shared section such as `errors`). */
function merge<T extends object>(...parts: object[]): T {
  const out: Tree = {};
  for (const part of parts as Tree[]) {
    for (const [key, value] of Object.entries(part)) {
      const have = out[key];
      out[key] = typeof value === 'object' && typeof have === 'object' ? merge<Tree>(have, value) : value;
    }
  }
  return out as T;
}

// Each module keeps its strings in i18n/modules/<module>.<locale>.json (its own section, plus
// any `errors` / `nav` keys it adds); the type is the intersection, so keys stay checked.
export type Catalogue = typeof baseEn & typeof membershipEn & typeof venuesEn & typeof loyaltyEn & typeof portalEn & typeof ticketsEn & typeof deskSettingsEn & typeof caseworkEn;
type ZhCatalogue = typeof baseZh & typeof membershipZh & typeof venuesZh & typeof loyaltyZh & typeof portalZh & typeof ticketsZh & typeof deskSettingsZh & typeof caseworkZh;

export const en = merge<Catalogue>(baseEn, membershipEn, venuesEn, loyaltyEn, portalEn, ticketsEn, deskSettingsEn, caseworkEn);
export const zhCN = merge<ZhCatalogue>(baseZh, membershipZh, venuesZh, loyaltyZh, portalZh, ticketsZh, deskSettingsZh, caseworkZh);
