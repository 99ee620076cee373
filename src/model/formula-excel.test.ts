import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { compileFormula } from './formula';
import { excelFormula, plainNumber } from './formula-excel';

// Formula cells as Excel formulas (the live workbook): names become references, mathjs syntax
// becomes Excel's, and a spreadsheet computes the same value as the engine's formula evaluation.

const refs: Record<string, string> = { prev: 'C9', year: 'D$7', price_pro: 'D20', a: 'A1', b: 'B1' };
const excel = (source: string) => {
  const r = excelFormula(source, (name) => refs[name] ?? null);
  if (!r.ok) throw new Error(r.message);
  return r.text;
};

describe('excelFormula', () => {
  it('translates the formulas of MODEL.md and the shipped scenarios', () => {
    expect(excel('=prev * 1.5')).toBe('C9*1.5');
    expect(excel('=price_pro * 1.8')).toBe('D20*1.8');
    expect(excel('=max(prev - 0.005, 0.01)')).toBe('MAX(C9-0.005,0.01)');
    expect(excel('=1 - a - b')).toBe('1-A1-B1');
    expect(excel('=1 - (a - b)')).toBe('1-(A1-B1)');
    expect(excel('=(year - 2026) * 1000')).toBe('(D$7-2026)*1000');
  });

  it('keeps the meaning where Excel reads operators differently', () => {
    // mathjs: -(2^2) = -4 and 2^(3^2) = 512; Excel would read -2^2 as 4 and 2^3^2 as 64.
    expect(excel('=-2 ^ 2')).toBe('-(2^2)');
    expect(excel('=2 ^ 3 ^ 2')).toBe('2^(3^2)');
    expect(excel('=a * -b')).toBe('A1*(-B1)');
    expect(excel('=a > b ? a : b')).toBe('IF(A1>B1,A1,B1)');
    expect(excel('=0 < a < 1')).toBe('AND(0<A1,A1<1)');
    expect(excel('=a mod b')).toBe('IF(B1=0,A1,MOD(A1,B1))');
    expect(excel('=log(a)')).toBe('LN(A1)');
    expect(excel('=a + 1e-7')).toBe('A1+0.0000001');
  });

  it('refuses what the engine refuses, and names it', () => {
    expect(excelFormula('=prev * 2', () => null)).toEqual({ ok: false, message: 'unknown name `prev`' });
    expect(excelFormula('=evaluate("1")', (n) => n).ok).toBe(false);
  });

  it('writes every number without exponent, as JavaScript reads it', () => {
    for (const x of [1e-7, 1.5e-10, 2.5e21, 123.456, 0.1, 1e-300]) expect(Number(plainNumber(x))).toBe(x);
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
  });

  it('gives, recomputed by a spreadsheet, the value mathjs gives (random formulas)', () => {
    const leaf = fc.oneof(fc.constantFrom('a', 'b'), fc.integer({ min: 0, max: 50 }).map((k) => String(k / 4)));
    const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof({ depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/'), tie('e')).map(([x, op, y]) => `${x} ${op} ${y}`),
        // Whole powers and roots of magnitudes: a NaN (a negative to a fractional power) would be
        // an error value in a spreadsheet but only a false comparison in mathjs.
        fc.tuple(tie('e'), fc.integer({ min: 0, max: 3 })).map(([x, k]) => `${x} ^ ${k}`),
        tie('e').map((x) => `sqrt(abs(${x}))`),
        tie('e').map((x) => `-${x}`),
        tie('e').map((x) => `(${x})`),
        fc.tuple(fc.constantFrom('min', 'max'), tie('e'), tie('e')).map(([f, x, y]) => `${f}(${x}, ${y})`),
        fc.tuple(fc.constantFrom('abs', 'floor', 'ceil', 'exp'), tie('e')).map(([f, x]) => `${f}(${x})`),
        fc.tuple(tie('e'), fc.constantFrom('<', '>', '<=', '>='), tie('e'), tie('e'), tie('e')).map(([x, op, y, t, f]) => `(${x} ${op} ${y} ? ${t} : ${f})`),
      ),
    })).e;
    const values = fc.tuple(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -40, max: 40 })).map(([a, b]) => [a / 8, b / 8] as const);
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false });
    const sheet = hf.getSheetId(hf.addSheet('S'))!;
    let compared = 0;
    fc.assert(fc.property(expr, values, (text, [a, b]) => {
      const compiled = compileFormula(`=${text}`);
      if (!compiled.ok) return;
      const want = compiled.formula.evaluate(new Map([['a', a], ['b', b]]));
      if (!want.ok || Math.abs(want.value) > 1e12) return;
      hf.setSheetContent(sheet, [[a, b, `=${excel(`=${text}`)}`]]);
      const got = hf.getCellValue({ sheet, row: 0, col: 2 });
      compared++;
      expect(typeof got === 'number' && Math.abs(got - want.value) <= 1e-9 * Math.max(1, Math.abs(want.value)), `${text} at a=${a} b=${b}: ${JSON.stringify(got)} vs ${want.value}`).toBe(true);
    }), { seed: 19, numRuns: 400 });
    expect(compared).toBeGreaterThan(200);
  });
});
