import { describe, expect, it } from 'vitest';
import { relevance } from '../../src/domain/search.service.js';
import { foldAccents, matchesEvery, queryTerms, searchTerms } from '../../src/search-words.js';

describe('search terms', () => {
  it('keeps words only, so no search syntax reaches the database', () => {
    expect(searchTerms('"camera" NEAR(lens) -cheap content:leica *')).toEqual(['camera', 'near', 'lens', 'cheap', 'content', 'leica']);
    expect(searchTerms('Kamera für 50€?')).toEqual(['kamera', 'fur', '50']);
    expect(searchTerms('"*:-')).toEqual([]);
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
    expect(searchTerms('x'.repeat(500))[0]).toHaveLength(64);
  });
});

describe('accents', () => {
  it('are off in terms and words alike, and a term keeps how it was typed', () => {
    expect(queryTerms('Crème CREME brûlée x')).toEqual([
      { term: 'creme', typed: ['crème'] },
      { term: 'brulee', typed: ['brûlée'] },
      { term: 'x', typed: [] },
    ]);
    expect(matchesEvery('Un café, naïve', ['cafe', 'naiv'])).toBe(true);
    // Only the combining accents go (U+0300–U+036F): Devanagari's signs and Hangul stay; Cyrillic й becomes и.
    expect(foldAccents('नमस्ते 안녕하세요 йога')).toBe('नमस्ते 안녕하세요 иога');
  });
});

describe('relevance', () => {
  it('ranks whole words over prefixes, all terms over some, short over long', () => {
    const terms = ['camera'];
    expect(relevance('the camera is here', terms)).toBeGreaterThan(relevance('the cameraman is here', terms));
    expect(relevance('camera lens', ['camera', 'lens'])).toBeGreaterThan(relevance('camera body', ['camera', 'lens']));
    const long = `camera ${'word '.repeat(60)}`;
    expect(relevance('camera for sale', terms)).toBeGreaterThan(relevance(long, terms));
    expect(relevance('nothing here', terms)).toBe(0);
  });
});
