/** The province's official accounts (site config) as labelled links, in the order the footer, press page and bulletin show them. */
import { site } from '../config/site.ts';
import type { Translate } from '../i18n/createTranslator.ts';

export const officialAccountKinds = ['facebook', 'zalo', 'tiktok', 'youtube'] as const;
export type OfficialAccountKind = (typeof officialAccountKinds)[number];

export interface OfficialAccountLink {
  kind: OfficialAccountKind;
  /** The network's name as readers know it, in their language ("Zalo OA"). */
  label: string;
  url: string;
}

export function officialAccountLinks(t: Translate): OfficialAccountLink[] {
  return officialAccountKinds.flatMap((kind) => {
    const url = site.officialAccounts[kind];
    return url ? [{ kind, label: t(`social.${kind}`), url }] : [];
  });
}
