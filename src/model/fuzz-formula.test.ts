// Formula fuzzing (issue 9): random expressions and known escape attempts. Each compiles to a
// formula that evaluates to a finite number or a message, or is refused with a message; none
// throws or allocates a large array (a matrix, a range, `ones`). Time is not measured (a busy
// machine would fail a clock bound): the work is bounded instead. Text over 500 characters or
// nested over 64 brackets is refused before it is parsed, so parsing sees at most 500 characters;
// an accepted formula has no loops (ranges, map, matrices are refused), so evaluating it visits
// each of its at most 500 nodes once, and it reads only names written in its text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFormula } from './formula';

const RUNS = { numRuns: 10_000, seed: 20261123 };
/** What compileFormula parses at most: longer text is refused first (formula.ts). */
const MAX_LENGTH = 500;
const MAX_NESTING = 64;
/** A heap growth this large in one case means an array was built (ones(1e4, 1e4) is 800 MB). */
const HEAP_BOUND = 64 * 1024 * 1024;
const SCOPE: ReadonlyMap<string, number> = new Map([['prev', 1.5], ['year', 2027], ['marketingBudget', 2e5], ['price_pro', 180], ['x', 0.25]]);

interface Outcome { refused: string | null; value: number | null; heap: number }

/** The deepest bracket nesting of a text, counted as the user typed it. */
function nesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '(' || char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ')' || char === ']' || char === '}') depth--;
  }
  return deepest;
}

/** Compiles and (when it compiles) evaluates; throws (so fast-check reports it) on any breach. */
function attempt(source: string): Outcome {
  const heap = process.memoryUsage().heapUsed;
  const compiled = compileFormula(source);
  // The work bound: too long or too deep is refused before parsing, with the reason.
  if (source.length > MAX_LENGTH && (compiled.ok || !compiled.message.includes(`longer than ${MAX_LENGTH}`))) throw new Error(`${source.length} characters reached the parser`);
  if (source.length <= MAX_LENGTH && nesting(source) > MAX_NESTING && (compiled.ok || !compiled.message.includes(`nested more than ${MAX_NESTING}`))) throw new Error(`${JSON.stringify(source.slice(0, 80))} is nested ${nesting(source)} deep and reached the parser`);
  if (compiled.ok) {
    // It reads only names written in its text: the nodes evaluated are those of the text.
    const words = new Set(source.match(/[\p{L}$_][\p{L}\p{N}$_]*/gu) ?? []);
    const stray = compiled.formula.names.filter((n) => !words.has(n));
    if (stray.length) throw new Error(`${JSON.stringify(source)} reads ${stray.join(', ')}, not in its text`);
  }
  let refused: string | null = null;
  let value: number | null = null;
  if (compiled.ok) {
    const result = compiled.formula.evaluate(SCOPE);
    if (result.ok) {
      if (typeof result.value !== 'number' || !Number.isFinite(result.value)) throw new Error(`${JSON.stringify(source)} gave ${String(result.value)}`);
      value = result.value;
    } else {
      refused = result.message;
    }
  } else {
    refused = compiled.message;
  }
  const grown = process.memoryUsage().heapUsed - heap;
  if (refused !== null && (typeof refused !== 'string' || refused.trim() === '')) throw new Error(`${JSON.stringify(source)} refused without a message`);
  if (grown > HEAP_BOUND) throw new Error(`${JSON.stringify(source.slice(0, 80))} grew the heap by ${(grown / 1e6).toFixed(0)} MB`);
  return { refused, value, heap: grown };
}

// Escape attempts from mathjs's security notes and the issue; each must be refused.
const ESCAPES = [
  'a = 1', 'prev = 0', 'f(x) = x', 'x.constructor', 'prev.constructor', 'constructor', '__proto__', 'prototype',
  'toString()', 'valueOf', 'hasOwnProperty("a")', 'import({}, {})', 'import({evaluate: 1}, {override: true})',
  'createUnit("foo")', 'createUnit("x", "1 m")', 'evaluate("1")', 'parse("1")', 'compile("1")', 'simplify("x")', 'derivative("x", "x")',
  'resolve(x)', 'reviver("a", 1)', '1:1e9', '1:1e9:1', '(1:1e9)[1]', 'ones(1e4, 1e4)', 'zeros(1e4, 1e4)', 'range(1, 1e9)', 'identity(1e5)',
  'matrix([1, 2])', '[1, 2, 3]', '[[1]]', 'size(1:1e9)', '"abc"', "'abc'", 'concat("a", "b")', '5 cm', '5 cm to inch', 'unit("5 cm")',
  '2 prev', 'x[1]', '{a: 1}', '{}.constructor', 'cos.constructor("return process")()', 'max.toString', 'typeOf(1)', 'config({})',
  'chain(1)', 'help(max)', 'format(1)', 'print("$a", {a: 1})', 'map([1], f)', 'forEach([1], f)', 'filter([1], f)', 'apply([1], 1, f)',
  'bignumber(1)', 'fraction(1)', 'complex(1, 2)', 'i', 'e', 'pi', 'true', 'null', 'undefined', 'NaN', 'Infinity', '1; 2', '1\n2',
  'x!', "x'", '1 & 2', '1 xor 0', '1 ?? 2', '5%', '10 % 3', 'f = import', 'max = 1', 'max(1, 2).x', 'max', 'sqrt', '1e400', '-1e400',
];

/** A random expression: allowed pieces and refused ones, nested a few levels. */
const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('prev', 'year', 'x', 'price_pro', 'marketingBudget', 'unknown', '1', '0', '0.5', '-1', '1e308', '1e-320', '2', 'e', 'pi', 'true', '"s"', 'constructor', '__proto__', 'cm', '[1, 2]', '1:1e9'),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => String(d)),
    fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '^', ' mod ', '<', '>=', '==', ' and ', ' or ', ':', '.', ' ', ' to ', '&', ' xor ', '?'), tie('expr')).map(([a, op, b]) => `${a}${op}${b}`),
    fc.tuple(fc.constantFrom('max', 'min', 'abs', 'round', 'floor', 'ceil', 'sqrt', 'exp', 'log', 'ones', 'evaluate', 'import', 'parse', 'range', 'f', 'cos'), fc.array(tie('expr'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    tie('expr').map((a) => `(${a})`),
    tie('expr').map((a) => `-${a}`),
    tie('expr').map((a) => `not ${a}`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, a, b]) => `${c} ? ${a} : ${b}`),
    tie('expr').map((a) => `[${a}]`),
    tie('expr').map((a) => `${a}[1]`),
    tie('expr').map((a) => `${a}.constructor`),
    tie('expr').map((a) => `a = ${a}`),
  ),
})).expr;

describe('formula fuzzing (fast-check, 10,000 runs each, seed 20261123)', () => {
  it('refuses every known escape attempt, alone and inside other expressions, with a message', () => {
    for (const escape of ESCAPES) {
      const { refused } = attempt(`=${escape}`);
      expect(refused, escape).toEqual(expect.any(String));
    }
    const wrapped = fc.tuple(fc.constantFrom(...ESCAPES), fc.constantFrom('=%s', '=1 + (%s)', '=max(prev, %s)', '=(%s) * 0', '=prev > 0 ? %s : 1', '=abs(-(%s))', '=round((%s), 2)', '=   %s   '));
    fc.assert(
      fc.property(wrapped, ([escape, template]) => {
        const { refused } = attempt(template.replace('%s', escape));
        if (refused === null) throw new Error(`${template.replace('%s', escape)} was accepted`);
      }),
      RUNS,
    );
  });

  it('random expressions compile to a finite number or a message, and never throw, reach the parser beyond the bounds or allocate', () => {
    let accepted = 0;
    fc.assert(
      fc.property(expression, (text) => {
        if (attempt(`=${text}`).value !== null) accepted++;
      }),
      RUNS,
    );
    // The generator is not only producing refusals: plain arithmetic gets through too.
    expect(accepted).toBeGreaterThan(100);
  });

  it('random characters, very long and deeply nested input are refused or computed, never thrown', () => {
    const long = fc.oneof(
      fc.string({ maxLength: 600 }),
      fc.string({ unit: fc.constantFrom('(', ')', '[', ']', '{', '}', '-', '+', 'not ', '1', ',', ':', '.', '=', ';', '\n', '"', "'", '#', '%'), maxLength: 2_000 }),
      fc.integer({ min: 1, max: 5_000 }).map((n) => '('.repeat(n) + '1' + ')'.repeat(n)),
      fc.integer({ min: 1, max: 5_000 }).map((n) => '-'.repeat(n) + '1'),
      fc.integer({ min: 1, max: 5_000 }).map((n) => 'not '.repeat(n) + '1'),
      fc.integer({ min: 1, max: 100_000 }).map((n) => '1+'.repeat(n) + '1'),
    );
    fc.assert(fc.property(long, (text) => { attempt(`=${text}`); }), RUNS);
  });
});
