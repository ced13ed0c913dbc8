import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _editsWithin, _nameTokens, _normName, _similarNames } from './_names.js';

const similar = (a: string, b: string) => _similarNames(_nameTokens(a), _nameTokens(b));

describe('_nameTokens (worked by hand)', () => {
  it.each([
    ["St Mary's Church Hall", 'saint marys church hall'],
    ['St. Mary’s Parish Church Hall', 'saint marys parish church hall'],
    ['The Bluecoat', 'bluecoat'],
    ['Victoria Park Community Center', 'victoria park community centre'],
    ['Arts & Crafts Theater', 'arts crafts theatre'],
    ['Café Créme', 'cafe creme'],
    ['Church St', 'church street'],
    ['Studio A', 'studio a'],
    ['A Room of One’s Own', 'room ones own'],
    ['Room1', 'room 1'],
    ['  ', ''],
  ])('%s → %s', (name, words) => {
    expect(_normName(name)).toBe(words);
  });
});

describe('_editsWithin: restricted Damerau–Levenshtein distance at most k (worked by hand)', () => {
  it.each([
    ['commnity', 'community', 1, true], // one letter left out
    ['libary', 'library', 1, true], // one letter left out
    ['abcd', 'acbd', 1, true], // two neighbours swapped: one edit, not two
    ['colour', 'color', 1, true],
    ['kitten', 'sitting', 2, false], // k→s, e→i, +g: three edits
    ['kitten', 'sitting', 3, true],
    ['brierfield', 'briarfeild', 2, true], // e→a, then ie→ei swapped
    ['brierfield', 'briarfeild', 1, false],
    ['', 'ab', 2, true],
    ['', 'abc', 2, false],
  ] as const)('%s ~ %s within %i: %s', (a, b, k, expected) => {
    expect(_editsWithin(a, b, k)).toBe(expected);
    expect(_editsWithin(b, a, k)).toBe(expected);
  });
});

describe('_similarNames (worked by hand)', () => {
  it.each<[string, string, boolean, string]>([
    // Near-duplicates a directory maintainer would merge.
    ["St Mary's Church Hall", 'St Marys Church Hall', true, 'apostrophe: the same words'],
    ["St Mary's Church Hall", "St. Mary's Parish Church Hall", true, 'one word more ("parish"), not a kind of place'],
    ['The Bluecoat', 'Bluecoat', true, '"the" is a little word'],
    ['Blue Coat', 'Bluecoat', true, 'the same letters once spaces go'],
    ['Victoria Park Community Centre', 'Victoria Park Community Center', true, 'US spelling'],
    ['Brierfield Library', 'Brierfield Public Library', true, 'one word more ("public")'],
    ['Brierfield Commnity Centre', 'Brierfield Community Centre', true, 'typo: 8 letters, 1 edit'],
    ['Brierfield Libary', 'Brierfield Library', true, 'typo in a kind of place'],
    ['Brierfeild Library', 'Brierfield Library', true, 'two letters swapped: 1 edit'],
    ['Room 1', 'Room1', true, 'digits split from letters'],
    // Different places that share words.
    ["St Mary's Church", "St Mary's Church Hall", false, 'a church and its hall: "hall" is a kind of place'],
    ['Brierfield Library', 'Brierfield Museum', false, 'two kinds of place'],
    ['Room 1', 'Room 2', false, 'numbers differ'],
    ['Studio A', 'Studio B', false, 'letters differ'],
    ['Studio A', 'Studio', false, 'a letter on one side only'],
    ['Old Town Hall', 'Town Hall', false, '"old" tells them apart'],
    ['Upper Hall', 'Lower Hall', false, 'marker words differ'],
    ['Northside Centre, Mill Lane', 'Northside Centre, Moor Lane', false, 'one word each side differs, and not by a typo'],
    ['Mill Hall', 'Hill Hall', false, 'four-letter words: never a typo'],
    ['Eastfield Library', 'Westfield Library', false, 'a typo keeps the first letter'],
    ['Victoria Park Community Centre', 'Victoria Community Centre', false, '"park" is a kind of place'],
    ['Brierfield Library', 'Brierfield Public Lending Library', false, 'two words more'],
    ['Brierfield Library', 'Nelson Library', false, 'different towns'],
    ['The', 'The', false, 'nothing left to compare'],
  ])('%s ~ %s: %s (%s)', (a, b, expected) => {
    expect(similar(a, b)).toBe(expected);
    expect(similar(b, a)).toBe(expected);
  });
});

describe('_similarNames (properties)', () => {
  const word = fc.constantFrom('saint', 'marys', 'church', 'hall', 'hill', 'parish', 'library', 'libary', 'public', 'room', '1', '2', 'a', 'b', 'old', 'community', 'commnity', 'centre', 'brierfield', 'brierfeild');
  const names = fc.array(word, { minLength: 1, maxLength: 5 });
  const text = fc.string({ maxLength: 40 });

  it('is symmetric', () => {
    fc.assert(fc.property(names, names, (a, b) => _similarNames(a, b) === _similarNames(b, a)), { numRuns: 2000 });
    fc.assert(fc.property(text, text, (a, b) => similar(a, b) === similar(b, a)), { numRuns: 1000 });
  });

  it('finds a name with words a duplicate of itself', () => {
    fc.assert(fc.property(names, (a) => _similarNames(a, [...a])));
    fc.assert(fc.property(text, (a) => _nameTokens(a).length === 0 || similar(a, a)));
  });
});
