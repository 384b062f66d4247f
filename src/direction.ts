/** The direction text runs in: left to right, or right to left (Arabic, Hebrew...). */
export type TextDirection = 'ltr' | 'rtl';

/** Scripts written right to left (ISO 15924), for engines without `Intl.Locale#getTextInfo`. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** `Intl.Locale` as engines ship it: `getTextInfo()` (the standard), or the older `textInfo` getter. */
type LocaleWithTextInfo = Intl.Locale & {
  getTextInfo?: () => { direction?: TextDirection };
  textInfo?: { direction?: TextDirection };
};

/** The direction of a BCP 47 locale's script: `rtl` for `ar`, `he` or `ur-Arab`, else `ltr`. */
export function textDirection(locale: string): TextDirection {
  const parsed = new Intl.Locale(locale) as LocaleWithTextInfo;
  // A script in the tag decides (V8's textInfo reads the language alone: `az-Arab` came out ltr).
  if (parsed.script) return RTL_SCRIPTS.has(parsed.script) ? 'rtl' : 'ltr';
  const info = parsed.getTextInfo?.() ?? parsed.textInfo;
  if (info?.direction) return info.direction;
  // Firefox has neither: the language's likely script (`ar` → `Arab`) decides.
  return RTL_SCRIPTS.has(parsed.maximize().script ?? '') ? 'rtl' : 'ltr';
}
