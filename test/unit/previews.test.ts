// A conversation's preview of its latest message: at most 100 characters, cut where a reader sees
// a character end, never inside an emoji sequence or between a letter and its accent.
import { describe, expect, it } from 'vitest';
import { previewOf } from '../../src/presenters/messages.presenter.js';

const codePoints = (text: string) => Array.from(text).length;

describe('previewOf', () => {
  it('keeps a short text whole, with its whitespace folded', () => {
    expect(previewOf('  Is this\n\nstill   available?  ')).toBe('Is this still available?');
    expect(previewOf('é'.repeat(100))).toBe('é'.repeat(100));
  });

  it('cuts a long text to 100 characters, ending with an ellipsis', () => {
    const preview = previewOf('a'.repeat(150));
    expect(preview).toBe(`${'a'.repeat(99)}…`);
  });

  it('never cuts a family emoji, a flag or a decomposed accent in two', () => {
    const family = '👨‍👩‍👧‍👦'; // seven code points, one character on screen
    for (const [unit, text] of [
      [family, family.repeat(30)],
      ['🇫🇷', '🇫🇷'.repeat(80)],
      ['e\u0301', 'e\u0301'.repeat(80)],
    ] as const) {
      const preview = previewOf(text);
      expect(codePoints(preview)).toBeLessThanOrEqual(100);
      const kept = preview.slice(0, -1);
      expect(kept.length % unit.length, unit).toBe(0);
      expect(kept).toBe(unit.repeat(kept.length / unit.length));
      expect(preview.endsWith('…')).toBe(true);
    }
  });
});
