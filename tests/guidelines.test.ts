import { describe, expect, it } from 'vitest';
import { guidelines, guidelineById } from '../src/engine/index.js';
import { GUIDELINE_IDS } from '../src/engine/guideline-ids.js';

describe('guideline excerpts', () => {
  it('exist for every id, once', () => {
    expect(guidelines.map((g) => g.id).sort()).toEqual([...GUIDELINE_IDS].sort());
  });

  it('are written in both languages with a source and a section', () => {
    for (const g of guidelines) {
      for (const s of [g.title, g.summary]) {
        expect(s.en.length, g.id).toBeGreaterThan(5);
        expect(s.fr.length, g.id).toBeGreaterThan(5);
        expect(s.fr, g.id).not.toBe(s.en);
      }
      expect(g.url, g.id).toMatch(/^https?:\/\/\S+$/);
      expect(g.section.length, g.id).toBeGreaterThan(2);
      expect(guidelineById(g.id)).toBe(g);
    }
  });
});
