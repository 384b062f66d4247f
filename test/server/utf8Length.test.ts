import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../src/server/utf8Length';

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['{"units":2}', 11],
    ['é', 2],
    ['Crédits', 8],
    ['€', 3],
    ['生成クレジット', 21],
    ['🎨', 4],
    ['a🎨b', 6],
    // Lone surrogates go out as U+FFFD, three bytes each.
    ['\ud800', 3],
    ['\udc00x', 4],
    ['\ud83c\ud83c\udfa8', 7],
  ])('counts %j as %i bytes, as Node writes it', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(Buffer.byteLength(text, 'utf8')).toBe(bytes);
  });
});
