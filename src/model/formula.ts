// Formula cells (MODEL.md, "A cell is a number or a formula"). Formula text comes from files and
// links, so it is untrusted: this is the only module that imports mathjs, and it builds a small
// number-only instance, refuses every syntax beyond arithmetic, comparisons and a few math
// functions, and never lets a mathjs exception escape.
import {
  absDependencies, addDependencies, andDependencies, create, divideDependencies, factory,
  equalDependencies, expDependencies, largerDependencies, largerEqDependencies,
  logDependencies, maxDependencies, minDependencies, modDependencies, multiplyDependencies,
  notDependencies, orDependencies, parseDependencies, powDependencies, roundDependencies,
  smallerDependencies, smallerEqDependencies, sqrtDependencies, subtractDependencies,
  unaryMinusDependencies, unaryPlusDependencies, unequalDependencies, type EvalFunction,
  type FactoryFunctionMap, type MathNode,
} from 'mathjs/number';
import { nearIntegerRounding, type RoundingDeps } from './formula-rounding';

/** A compiled formula cell: parsed and checked once, evaluated many times. */
export interface CompiledFormula {
  readonly source: string; // the cell text, including the leading '='
  readonly names: readonly string[]; // variable names it reads
  /** Evaluates with the given variable values; returns the number or a message. */
  evaluate(scope: ReadonlyMap<string, number>): { ok: true; value: number } | { ok: false; message: string };
}

const MAX_FORMULA_LENGTH = 500;
// The mathjs parser recurses about twenty frames per parenthesis, so nesting is bounded before
// parsing; the tree bound catches chains without brackets (`- - - 1`, `not not 1`) before our
// walk and mathjs's compile recurse over them.
const MAX_NESTING = 64;
const MAX_TREE_DEPTH = 256;

// Only `parse` and the functions that operators and the whitelist call are built, which keeps
// the bundle small and leaves nothing else to reach. No `compileDependencies`: nodes compile
// themselves, and `compile` would only re-enter `parse`.
const math = create(
  collections({
    parseDependencies,
    addDependencies,
    subtractDependencies,
    multiplyDependencies,
    divideDependencies,
    powDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
    modDependencies,
    smallerDependencies,
    largerDependencies,
    smallerEqDependencies,
    largerEqDependencies,
    equalDependencies,
    unequalDependencies,
    andDependencies,
    orDependencies,
    notDependencies,
    minDependencies,
    maxDependencies,
    absDependencies,
    roundDependencies,
    // mathjs's floor and ceil rule, without their modules' decimal.js (formula-rounding.ts).
    floorDependencies: { roundDependencies: roundDependencies!, createFloor: factory('floor', ['typed', 'config', 'round'], (m) => nearIntegerRounding('floor')(m as unknown as RoundingDeps)) },
    ceilDependencies: { roundDependencies: roundDependencies!, createCeil: factory('ceil', ['typed', 'config', 'round'], (m) => nearIntegerRounding('ceil')(m as unknown as RoundingDeps)) },
    sqrtDependencies,
    expDependencies,
    logDependencies,
  }),
);
const parse = math.parse;
const disabled = (name: string) => () => {
  throw new Error(`function ${name} is disabled`);
};
// As mathjs's security page does: even if a check below were wrong, these cannot be reached.
math.import(
  Object.fromEntries(
    ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'reviver'].map(
      (name) => [name, disabled(name)],
    ),
  ),
  { override: true },
);

// mathjs types each collection as possibly undefined (an index-signature quirk); one missing at
// run time would be a packaging bug, so it throws at load rather than build a partial instance.
function collections(map: Record<string, FactoryFunctionMap | undefined>): FactoryFunctionMap {
  const missing = Object.keys(map).filter((key) => map[key] === undefined);
  if (missing.length > 0) throw new Error(`mathjs lacks ${missing.join(', ')}`);
  return map as FactoryFunctionMap;
}

// The only callable functions, with [min, max] argument counts: a wrong count is refused at
// compile time with a plain message instead of surfacing as a typed-function error per evaluation.
const FUNCTIONS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['min', [1, Infinity]],
  ['max', [1, Infinity]],
  ['abs', [1, 1]],
  ['round', [1, 2]],
  ['floor', [1, 2]],
  ['ceil', [1, 2]],
  ['sqrt', [1, 1]],
  ['exp', [1, 1]],
  ['log', [1, 2]],
]);
const FUNCTION_LIST = [...FUNCTIONS.keys()].join(', ');
const COMPARISONS = new Set(['smaller', 'larger', 'smallerEq', 'largerEq', 'equal', 'unequal']);
const OPERATORS = new Set([
  ...COMPARISONS,
  ...['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus', 'mod', 'and', 'or', 'not'],
]);
const REFUSED_NODES: Readonly<Record<string, string>> = {
  AssignmentNode: 'assignment is not allowed',
  FunctionAssignmentNode: 'assignment is not allowed',
  IndexNode: 'index access is not allowed',
  ArrayNode: 'matrices are not allowed',
  RangeNode: 'ranges are not allowed',
  ObjectNode: 'objects are not allowed',
  BlockNode: 'only one expression is allowed (no `;` or line breaks)',
};

/** Whether a cell's text is a formula: a string that starts with '='. */
export function isFormula(cell: unknown): cell is string {
  return typeof cell === 'string' && cell.startsWith('=');
}

/** Parses and checks a formula (text starting with '='), once. */
export function compileFormula(
  source: string,
): { ok: true; formula: CompiledFormula } | { ok: false; message: string } {
  if (!isFormula(source)) return { ok: false, message: 'formula must start with =' };
  if (source.length > MAX_FORMULA_LENGTH) {
    return { ok: false, message: `formula is longer than ${MAX_FORMULA_LENGTH} characters` };
  }
  const text = source.slice(1);
  if (text.trim() === '') return { ok: false, message: 'empty formula' };
  // mathjs reads `5%` as 0.05 but `5% + 1` as `5 mod +1`; refusing `%` avoids the silent mod.
  if (text.includes('%')) {
    return { ok: false, message: '`%` is not allowed (write a rate as a fraction, 0.05, and a remainder as `a mod b`)' };
  }
  if (nesting(text) > MAX_NESTING) {
    return { ok: false, message: `formula is nested more than ${MAX_NESTING} levels deep` };
  }
  let root: MathNode;
  try {
    root = parse(text);
  } catch (error) {
    // mathjs counts characters after the '='; the user sees the whole cell.
    const message = (error instanceof Error ? error.message : String(error)).replace(/\(char (\d+)\)/, (_, n: string) => `(char ${Number(n) + 1})`);
    return { ok: false, message: `syntax error: ${message}` };
  }
  if (math.isConstantNode(root) && root.value === undefined) return { ok: false, message: 'empty formula' };
  const names: string[] = [];
  let code: EvalFunction;
  try {
    const refusal = check(root, 0, names);
    if (refusal !== null) return { ok: false, message: refusal };
    code = root.compile();
  } catch (error) {
    return { ok: false, message: describe(error) };
  }
  Object.freeze(names);
  const formula: CompiledFormula = {
    source,
    names,
    evaluate: (scope) => run(code, names, scope),
  };
  return { ok: true, formula: Object.freeze(formula) };
}

function run(
  code: EvalFunction,
  names: readonly string[],
  scope: ReadonlyMap<string, number>,
): { ok: true; value: number } | { ok: false; message: string } {
  // A fresh Map holding only the formula's own names: mathjs never looks at the caller's scope
  // or falls back to its namespace, and a Map has no prototype keys to resolve.
  const variables = new Map<string, number>();
  for (const name of names) {
    const value = scope.get(name);
    if (typeof value !== 'number') return { ok: false, message: `unknown name \`${name}\`` };
    variables.set(name, value);
  }
  let result: unknown;
  try {
    result = code.evaluate(variables);
  } catch (error) {
    return { ok: false, message: describe(error) };
  }
  // A bare comparison as a cell's value is refused rather than read as 1/0: cells are money or
  // rates, and `=prev >= 0.1` (meant as `=max(prev, 0.1)`) would otherwise pass as a 100 % rate.
  if (typeof result === 'boolean') {
    return { ok: false, message: 'result is true/false, not a number (write `condition ? a : b`)' };
  }
  if (typeof result !== 'number') return { ok: false, message: 'result is not a number' };
  if (!Number.isFinite(result)) return { ok: false, message: `result is not a finite number (${result})` };
  return { ok: true, value: result };
}

/** The deepest bracket nesting of the text, counted without parsing it. */
function nesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '(' || char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ')' || char === ']' || char === '}') depth--;
  }
  return deepest;
}

/** The first reason to refuse the tree, or null; collects variable names on the way. */
function check(node: MathNode, depth: number, names: string[]): string | null {
  if (depth > MAX_TREE_DEPTH) return `formula is nested more than ${MAX_TREE_DEPTH} levels deep`;
  const all = (children: readonly MathNode[]): string | null => {
    for (const child of children) {
      const refusal = check(child, depth + 1, names);
      if (refusal !== null) return refusal;
    }
    return null;
  };
  if (math.isConstantNode(node)) {
    const value: unknown = node.value;
    if (typeof value === 'string') return 'strings are not allowed';
    if (typeof value !== 'number') return `\`${String(value)}\` is not allowed (only numbers)`;
    return Number.isFinite(value) ? null : `\`${value}\` is not allowed (only finite numbers)`;
  }
  if (math.isSymbolNode(node)) return addName(node.name, names);
  if (math.isParenthesisNode(node)) return all([node.content]);
  if (math.isConditionalNode(node)) return all([node.condition, node.trueExpr, node.falseExpr]);
  if (math.isOperatorNode(node)) {
    // Implicit multiplication would let `5 cm` or `2(3)` pass as products of a stray name.
    if (node.implicit) return 'implicit multiplication is not allowed (write `*`)';
    if (!OPERATORS.has(node.fn)) return `operator \`${node.op}\` is not allowed`;
    return all(node.args);
  }
  if (math.isRelationalNode(node)) {
    const refused = node.conditionals.find((fn) => !COMPARISONS.has(fn));
    return refused === undefined ? all(node.params) : `comparison \`${refused}\` is not allowed`;
  }
  if (math.isFunctionNode(node)) {
    const callee: MathNode = node.fn;
    if (!math.isSymbolNode(callee)) return 'only calls of a function name are allowed, like max(a, b)';
    const arity = FUNCTIONS.get(callee.name);
    if (arity === undefined) return `function \`${callee.name}\` is not allowed (allowed: ${FUNCTION_LIST})`;
    const [least, most] = arity;
    if (node.args.length < least || node.args.length > most) {
      const count = least === most ? `${least}` : most === Infinity ? `at least ${least}` : `${least} or ${most}`;
      const plural = Number.isFinite(most) && most > 1 ? 's' : '';
      return `\`${callee.name}\` takes ${count} argument${plural}`;
    }
    return all(node.args);
  }
  if (math.isAccessorNode(node)) {
    return node.index.dotNotation ? 'property access is not allowed' : 'index access is not allowed';
  }
  return REFUSED_NODES[node.type] ?? `\`${node.type}\` is not allowed`;
}

function addName(name: string, names: string[]): string | null {
  // `in Object.prototype` covers `constructor`, `__proto__`, `toString`, `hasOwnProperty` ...
  if (name.startsWith('__') || name === 'prototype' || name in Object.prototype) {
    return `name \`${name}\` is not allowed`;
  }
  // In mathjs a scope variable shadows a function of the same name; keep the two apart.
  if (FUNCTIONS.has(name)) return `\`${name}\` is a function: call it as ${name}(...)`;
  if (!names.includes(name)) names.push(name);
  return null;
}

/** A mathjs error as a lower-case message fragment. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/** A checked formula as a plain tree, free of mathjs types: what the Excel translation reads. */
export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'name'; name: string }
  | { kind: 'paren'; content: FormulaNode }
  | { kind: 'if'; args: FormulaNode[] }
  | { kind: 'chain'; ops: string[]; args: FormulaNode[] }
  | { kind: 'op'; fn: string; args: FormulaNode[] }
  | { kind: 'call'; fn: string; args: FormulaNode[] };

/** A formula that compiles (compileFormula's checks), as a plain tree of its parsed nodes. */
export function formulaTree(source: string): { ok: true; tree: FormulaNode } | { ok: false; message: string } {
  const compiled = compileFormula(source);
  return compiled.ok ? { ok: true, tree: plain(parse(source.slice(1))) } : compiled;
}

function plain(node: MathNode): FormulaNode {
  if (math.isConstantNode(node)) return { kind: 'number', value: node.value as number };
  if (math.isSymbolNode(node)) return { kind: 'name', name: node.name };
  if (math.isParenthesisNode(node)) return { kind: 'paren', content: plain(node.content) };
  if (math.isConditionalNode(node)) return { kind: 'if', args: [node.condition, node.trueExpr, node.falseExpr].map(plain) };
  if (math.isRelationalNode(node)) return { kind: 'chain', ops: node.conditionals, args: node.params.map(plain) };
  if (math.isOperatorNode(node)) return { kind: 'op', fn: node.fn, args: node.args.map(plain) };
  if (math.isFunctionNode(node)) return { kind: 'call', fn: (node.fn as { name: string }).name, args: node.args.map(plain) };
  throw new Error(`\`${node.type}\` is not allowed`); // compileFormula has refused every other node
}
