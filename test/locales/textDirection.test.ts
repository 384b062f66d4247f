import { afterEach, describe, expect, it } from 'vitest';
import { textDirection } from '../../src/direction';
import { LOCALE_TAGS } from '../support/locales';

const RIGHT_TO_LEFT = ['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'az-Arab', 'pa-Arab'];
const LEFT_TO_RIGHT = ['en-US', 'de-CH', 'ja', 'zh-Hant-TW', 'sr-Latn', 'az', 'uz-Latn'];

describe('textDirection', () => {
  it('is rtl for Arabic, and ltr for every other locale we ship', () => {
    const directions = Object.fromEntries(LOCALE_TAGS.map((tag) => [tag, textDirection(tag)]));
    expect(directions).toEqual(Object.fromEntries(LOCALE_TAGS.map((tag) => [tag, tag === 'ar' ? 'rtl' : 'ltr'])));
  });

  it.each(RIGHT_TO_LEFT)('%s reads right to left', (tag) => {
    expect(textDirection(tag)).toBe('rtl');
  });

  it.each(LEFT_TO_RIGHT)('%s reads left to right', (tag) => {
    expect(textDirection(tag)).toBe('ltr');
  });

  describe('in an engine without Intl.Locale text info (Firefox)', () => {
    const original = Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'textInfo');
    afterEach(() => {
      if (original) Object.defineProperty(Intl.Locale.prototype, 'textInfo', original);
    });

    it.each([...RIGHT_TO_LEFT.map((tag) => [tag, 'rtl']), ...LEFT_TO_RIGHT.map((tag) => [tag, 'ltr'])])(
      '%s still reads %s, by its likely script',
      (tag, direction) => {
        Object.defineProperty(Intl.Locale.prototype, 'textInfo', { configurable: true, get: () => undefined });
        expect(new Intl.Locale('ar')).not.toHaveProperty('textInfo.direction');
        expect(textDirection(tag)).toBe(direction);
      },
    );
  });
});
