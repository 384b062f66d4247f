import type { BillingMessages } from 'react-billing-widget';
import { messages as ar } from 'react-billing-widget/locales/ar';
import { messages as de } from 'react-billing-widget/locales/de';
import { messages as en } from 'react-billing-widget/locales/en';
import { messages as es } from 'react-billing-widget/locales/es';
import { messages as fr } from 'react-billing-widget/locales/fr';
import { messages as it } from 'react-billing-widget/locales/it';
import { messages as ja } from 'react-billing-widget/locales/ja';
import { messages as ko } from 'react-billing-widget/locales/ko';
import { messages as nl } from 'react-billing-widget/locales/nl';
import { messages as ptBR } from 'react-billing-widget/locales/pt-BR';
import { messages as zhCN } from 'react-billing-widget/locales/zh-CN';

/**
 * The widget's languages, imported as a host imports them: the demo's language switch and the
 * Storybook toolbar's. A host ships only the one it imports; the demo shows them all.
 */
export const LOCALES = { en, de, fr, es, it, nl, 'pt-BR': ptBR, ja, ko, 'zh-CN': zhCN, ar } satisfies Record<
  string,
  BillingMessages
>;

/** A language's tag, e.g. `de` or `pt-BR`. */
export type LocaleTag = keyof typeof LOCALES;

/** True for a tag of one of the widget's languages. */
export function isLocaleTag(value: string | null | undefined): value is LocaleTag {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/** The language's own name for itself ("Deutsch", "العربية"), for a switch. */
export function languageName(tag: LocaleTag): string {
  return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
}
