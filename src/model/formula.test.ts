import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { compileFormula, isFormula, type CompiledFormula } from './formula';

function compiled(source: string): CompiledFormula {
  const result = compileFormula(source);
  if (!result.ok) throw new Error(`${source} was refused: ${result.message}`);
  return result.formula;
}

function value(source: string, scope: Record<string, number> = {}): number {
  const result = compiled(source).evaluate(new Map(Object.entries(scope)));
  if (!result.ok) throw new Error(`${source} failed: ${result.message}`);
  return result.value;
}

function refusal(source: string): string {
  const result = compileFormula(source);
  if (result.ok) throw new Error(`${source} was accepted`);
  return result.message;
}

function evaluationError(source: string, scope: Record<string, number> = {}): string {
  const result = compiled(source).evaluate(new Map(Object.entries(scope)));
  if (result.ok) throw new Error(`${source} evaluated to ${result.value}`);
  return result.message;
}

describe('isFormula', () => {
  it('is true only for strings that start with =', () => {
    expect(isFormula('=1')).toBe(true);
    expect(isFormula('1')).toBe(false);
    expect(isFormula(' =1')).toBe(false);
    expect(isFormula(1)).toBe(false);
    expect(isFormula(null)).toBe(false);
  });
});

describe('compileFormula: arithmetic', () => {
  it('follows operator precedence', () => {
    expect(value('=1 + 2 * 3')).toBe(7);
    expect(value('=(1 + 2) * 3')).toBe(9);
    expect(value('=10 - 4 - 3')).toBe(3);
    expect(value('=8 / 4 / 2')).toBe(1);
    expect(value('=2 ^ 3 ^ 2')).toBe(512);
    expect(value('=-2 ^ 2')).toBe(-4);
    expect(value('=+5 - -2')).toBe(7);
    expect(value('=17 mod 5 * 2')).toBe(4);
  });

  it('reads names from the scope', () => {
    expect(value('=prev * 1.5', { prev: 200 })).toBe(300);
    expect(value('=price_growth * 1.8', { price_growth: 100 })).toBe(180);
  });

  it('computes each allowed function', () => {
    expect(value('=min(3, 1, 2)')).toBe(1);
    expect(value('=max(3, 1, 2)')).toBe(3);
    expect(value('=abs(-2.5)')).toBe(2.5);
    expect(value('=round(2.567, 2)')).toBe(2.57);
    expect(value('=round(2.5)')).toBe(3);
    expect(value('=floor(-1.5)')).toBe(-2);
    expect(value('=ceil(1.2)')).toBe(2);
    // mathjs's near-integer rule (formula-rounding.ts): 0.1*30 is 3.0000000000000004 in floating
    // point, which is 3 within the tolerance, so ceil gives 3 (Math.ceil would give 4); decimals too.
    expect(value('=ceil(0.1*30)')).toBe(3);
    expect(value('=floor(2.4567, 2)')).toBe(2.45);
    expect(value('=ceil(2.4512, 2)')).toBe(2.46);
    expect(value('=sqrt(16)')).toBe(4);
    expect(value('=exp(1)')).toBeCloseTo(Math.E, 12);
    expect(value('=log(1)')).toBe(0);
    expect(value('=log(8, 2)')).toBeCloseTo(3, 12);
    expect(value('=max(prev - 0.005, 0.01)', { prev: 0.012 })).toBeCloseTo(0.01, 12);
  });

  it('picks a branch of a conditional by a comparison', () => {
    const rate = compiled('=year > 2027 ? 0.1 : 0.2');
    expect(rate.evaluate(new Map([['year', 2028]]))).toEqual({ ok: true, value: 0.1 });
    expect(rate.evaluate(new Map([['year', 2027]]))).toEqual({ ok: true, value: 0.2 });
    expect(value('=a >= 1 and a != 2 ? 10 : 20', { a: 2 })).toBe(20);
    expect(value('=not (a == 2) or a <= 0 ? 10 : 20', { a: 2 })).toBe(20);
    expect(value('=1 < a < 3 ? 10 : 20', { a: 2 })).toBe(10);
    expect(value('=a < 2 ? 1 : a < 3 ? 2 : 3', { a: 2.5 })).toBe(2);
  });

  it('accepts exactly 500 characters and 64 levels of parentheses', () => {
    const longest = '=' + '1+'.repeat(249) + '1';
    expect(longest).toHaveLength(500);
    expect(value(longest)).toBe(250);
    expect(value('=' + '('.repeat(64) + '1' + ')'.repeat(64))).toBe(1);
  });
});

describe('compileFormula: names', () => {
  it('collects variable names once, in order of first appearance, and not function names', () => {
    const formula = compiled('=price_growth * 1.8 + prev - price_growth + max(prev, year)');
    expect(formula.names).toEqual(['price_growth', 'prev', 'year']);
    expect(formula.source).toBe('=price_growth * 1.8 + prev - price_growth + max(prev, year)');
  });

  it('reports a missing name when evaluating', () => {
    expect(evaluationError('=prev * 2 + year', { year: 2026 })).toBe('unknown name `prev`');
  });

  it('refuses a function name used as a variable', () => {
    expect(refusal('=min + 1')).toMatch(/`min` is a function/);
  });
});

describe('compileFormula: results', () => {
  it('refuses a result that is not a finite number', () => {
    expect(evaluationError('=1 / 0')).toMatch(/not a finite number/);
    expect(evaluationError('=prev / (year - 2026)', { prev: 1, year: 2026 })).toMatch(/not a finite number/);
    expect(evaluationError('=log(-1)')).toMatch(/not a finite number/);
    expect(evaluationError('=1e308 * 10')).toMatch(/not a finite number/);
  });

  it('refuses a bare comparison as the result instead of reading it as 1 or 0', () => {
    expect(evaluationError('=year > 2027', { year: 2028 })).toMatch(/true\/false, not a number/);
  });

  it('evaluates the same compiled formula many times with different scopes', () => {
    const formula = compiled('=prev * 1.1');
    const values = [100, 200, 300].map((prev) => formula.evaluate(new Map([['prev', prev]])));
    expect(values.map((result) => (result.ok ? Math.round(result.value) : NaN))).toEqual([110, 220, 330]);
  });
});

describe('compileFormula: percent', () => {
  it('refuses % because mathjs reads `5% + 1` as `5 mod +1`', () => {
    expect(refusal('=prev * 5%')).toMatch(/`%` is not allowed/);
    expect(refusal('=prev * 5% + 1')).toMatch(/`%` is not allowed/);
    expect(refusal('=10 % 3')).toMatch(/`%` is not allowed/);
    expect(value('=10 mod 3')).toBe(1);
  });
});

describe('compileFormula: refusals', () => {
  const attacks: Array<[string, RegExp]> = [
    ['=a = 1', /assignment is not allowed/],
    ['=f(x) = x', /assignment is not allowed/],
    ['=(a = 1) + a', /assignment is not allowed/],
    ['="abc"', /strings are not allowed/],
    ["='abc'", /strings are not allowed/],
    ['=5 cm', /implicit multiplication is not allowed/],
    ['=2 prev', /implicit multiplication is not allowed/],
    ['=[1, 2]', /matrices are not allowed/],
    ['=1:1e9', /ranges are not allowed/],
    ['={a: 1}', /objects are not allowed/],
    ['=a.b', /property access is not allowed/],
    ['=prev.constructor', /property access is not allowed/],
    ['=max(1, 2).x', /property access is not allowed/],
    ['=a[1]', /index access is not allowed/],
    ['=[1, 2][1]', /index access is not allowed/],
    ['=constructor', /name `constructor` is not allowed/],
    ['=__proto__', /name `__proto__` is not allowed/],
    ['=prototype', /name `prototype` is not allowed/],
    ['=toString', /name `toString` is not allowed/],
    ['=valueOf + 1', /name `valueOf` is not allowed/],
    ['=__secret', /name `__secret` is not allowed/],
    ['=import({}, {})', /function `import` is not allowed/],
    ["=import({evaluate: 1}, {override: true})", /function `import` is not allowed/],
    ['=createUnit("foo")', /function `createUnit` is not allowed/],
    ['=evaluate("1")', /function `evaluate` is not allowed/],
    ['=parse("1")', /function `parse` is not allowed/],
    ['=simplify(1)', /function `simplify` is not allowed/],
    ['=ones(1e4, 1e4)', /function `ones` is not allowed/],
    ['=typeOf(1)', /function `typeOf` is not allowed/],
    ['=cos(1)', /function `cos` is not allowed \(allowed: min, max, abs, round, floor, ceil, sqrt, exp, log\)/],
    ['=f(1)', /function `f` is not allowed/],
    ['=sqrt(1, 2)', /`sqrt` takes 1 argument$/],
    ['=min()', /`min` takes at least 1 argument$/],
    ['=round(1, 2, 3)', /`round` takes 1 or 2 arguments/],
    ['=1; 2', /only one expression is allowed/],
    ['=1\n2', /only one expression is allowed/],
    ['=x!', /operator `!` is not allowed/],
    ["=x'", /operator `'` is not allowed/],
    ['=a ?? b', /operator `\?\?` is not allowed/],
    ['=1 & 2', /operator `&` is not allowed/],
    ['=1 xor 0', /operator `xor` is not allowed/],
    ['=1 to 2', /operator `to` is not allowed/],
    ['=true', /`true` is not allowed/],
    ['=null', /`null` is not allowed/],
    ['=Infinity', /`Infinity` is not allowed/],
    ['=1e400', /`Infinity` is not allowed/],
    ['=1 + (2', /^syntax error: Parenthesis \) expected \(char 8\)$/],
    ['=1 +', /^syntax error: Unexpected end of expression \(char 5\)$/],
    ['=', /^empty formula$/],
    ['=   ', /^empty formula$/],
    ['=# only a comment', /^empty formula$/],
    ['1 + 1', /^formula must start with =$/],
    ['=' + '1+'.repeat(300) + '1', /^formula is longer than 500 characters$/],
    ['=' + '('.repeat(65) + '1' + ')'.repeat(65), /nested more than 64 levels/],
    ['=' + '['.repeat(200) + ']'.repeat(200), /nested more than 64 levels/],
    ['=' + '-'.repeat(300) + '1', /nested more than 256 levels/],
  ];

  it.each(attacks)('refuses %j', (source, reason) => {
    let result: ReturnType<typeof compileFormula> | undefined;
    expect(() => {
      result = compileFormula(source);
    }).not.toThrow();
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(reason) });
  });

  // The work is bounded, not timed (a clock bound fails on a busy machine): text the parser would
  // take long over is refused for its size before it is parsed.
  it('refuses every attack over 500 characters for its length, before parsing', () => {
    const long = attacks.filter(([source]) => source.length > 500);
    expect(long.length).toBeGreaterThan(0);
    for (const [source] of long) expect(compileFormula(source), source.slice(0, 40)).toMatchObject({ ok: false, message: expect.stringMatching(/longer than 500 characters/) });
  });

  it('keeps import and evaluate unreachable after every attack', () => {
    for (const [source] of attacks) compileFormula(source);
    expect(refusal('=import({}, {})')).toMatch(/not allowed/);
    expect(refusal('=evaluate("1 + 1")')).toMatch(/not allowed/);
    expect(value('=2 * 3')).toBe(6);
  });

  it('never resolves prototype names, and reads only its own names from the scope', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const result = compileFormula(`=${name}`);
      expect(result.ok, name).toBe(false);
    }
    expect(evaluationError('=x', { toString: 1 })).toBe('unknown name `x`');
  });
});

describe('mathjs', () => {
  it('is imported by formula.ts and nowhere else in src', () => {
    const src = fileURLToPath(new URL('..', import.meta.url));
    const importsMathjs = /\bfrom\s+['"]mathjs|\bimport\s*\(\s*['"]mathjs|\brequire\s*\(\s*['"]mathjs/;
    const importers = readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs|cjs|jsx)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => importsMathjs.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file).split('\\').join('/'));
    expect(importers).toEqual(['model/formula.ts']);
  });
});
