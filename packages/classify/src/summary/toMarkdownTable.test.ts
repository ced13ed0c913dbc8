import { describe, expect, it } from 'vitest';
import { toMarkdownTable } from './toMarkdownTable.js';

describe('toMarkdownTable', () => {
  it('renders rows with numbers right-aligned', () => {
    expect(toMarkdownTable([{ area: 'Salford', assets: 12 }, { area: 'Wigan', assets: 3 }])).toBe('| area | assets |\n| --- | ---: |\n| Salford | 12 |\n| Wigan | 3 |\n');
  });

  it('takes columns with headers, escapes pipes and newlines, rounds and joins', () => {
    const md = toMarkdownTable([{ name: 'a|b\nc', share: 0.3333, forms: ['music', 'dance'], none: null }], {
      columns: [{ key: 'name', header: 'Name' }, { key: 'share', header: 'Share' }, { key: 'forms' }, { key: 'none' }],
    });
    expect(md).toBe('| Name | Share | forms | none |\n| --- | ---: | --- | --- |\n| a\\|b c | 0.33 | music, dance |  |\n');
  });

  it('returns an empty string for no rows and no columns, and rejects a non-array', () => {
    expect(toMarkdownTable([])).toBe('');
    expect(toMarkdownTable([], { columns: [{ key: 'a' }] })).toBe('| a |\n| --- |\n');
    expect(() => toMarkdownTable('x' as never)).toThrow(TypeError);
  });
});
