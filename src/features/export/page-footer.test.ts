import { describe, expect, it } from 'vitest';
import { cssString } from './PageFooter';
import { ratePrecise } from './report-tables';

describe('the printed footer', () => {
  it('writes any scenario name as a CSS string that cannot end early', () => {
    expect(cssString('CRM 2026')).toBe('"CRM 2026"');
    // " is U+0022, } U+007D, \ U+005C, newline U+000A: each a hex escape ended by a space.
    expect(cssString('a"}\\\n')).toBe('"a\\22 \\7d \\5c \\a "');
    expect(cssString('·')).toBe('"\\b7 "');
  });
});

describe('rates in the report', () => {
  it('keep the grid precision: two decimals where the input has them, else one', () => {
    expect(ratePrecise(0.0675)).toBe('6.75%');
    expect(ratePrecise(0.06)).toBe('6.0%');
    expect(ratePrecise(0.075)).toBe('7.5%');
    expect(ratePrecise(0.0825)).toBe('8.25%');
    // 0.07000000000000001 (7 typed as a percent) is 7.0 %, not 7.00 %.
    expect(ratePrecise(7 / 100)).toBe('7.0%');
  });
});
