import { formulaTree, type FormulaNode } from './formula';

// Formula cells as Excel formulas (issue 19, the live workbook), from formula.ts's checked tree:
// only that module touches mathjs.

/** A spreadsheet reference for a name a formula reads (`prev`, `year`, a row name), or null. */
export type NameReference = (name: string) => string | null;

/**
 * A formula cell as the equivalent Excel formula, without the leading '=' (issue 19, the live
 * workbook): the checked mathjs tree translated node by node, every operand that is not a single
 * term bracketed, so Excel's precedence (unary minus before `^`) cannot change the meaning.
 */
export function excelFormula(source: string, reference: NameReference): { ok: true; text: string } | { ok: false; message: string } {
  const parsed = formulaTree(source);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, text: toExcel(parsed.tree, reference).text };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Excel text of a node and its precedence in Excel: 1 comparison (and negation, bracketed as an
 * operand), 2 `+ -`, 3 `* /`, 4 `^`, 6 a single term (number, reference, call, brackets).
 */
interface Excel { text: string; prec: number }
const TERM = 6;
const term = (text: string): Excel => ({ text, prec: TERM });
const bracket = (e: Excel, least: number): string => (e.prec >= least ? e.text : `(${e.text})`);
const EXCEL_INFIX: Readonly<Record<string, [string, number]>> = {
  add: ['+', 2], subtract: ['-', 2], multiply: ['*', 3], divide: ['/', 3], pow: ['^', 4],
  smaller: ['<', 1], larger: ['>', 1], smallerEq: ['<=', 1], largerEq: ['>=', 1], equal: ['=', 1], unequal: ['<>', 1],
};

function toExcel(node: FormulaNode, reference: NameReference): Excel {
  const go = (child: FormulaNode) => toExcel(child, reference);
  switch (node.kind) {
    case 'number': return term(plainNumber(node.value));
    case 'name': {
      const ref = reference(node.name);
      if (ref === null) throw new Error(`unknown name \`${node.name}\``);
      return term(ref);
    }
    case 'paren': return term(`(${go(node.content).text})`);
    case 'if': return term(`IF(${node.args.map((a) => go(a).text).join(',')})`);
    case 'chain': {
      const parts = node.ops.map((fn, k) => `${bracket(go(node.args[k]!), 2)}${EXCEL_INFIX[fn]![0]}${bracket(go(node.args[k + 1]!), 2)}`);
      return term(`AND(${parts.join(',')})`);
    }
    case 'op': return operatorToExcel(node.fn, node.args.map(go));
    case 'call': return functionToExcel(node.fn, node.args.map(go));
  }
}

/** A number without exponent notation (spreadsheet parsers differ on `1E-7`), exactly as JavaScript reads it. */
export function plainNumber(x: number): string {
  const text = String(x);
  const cut = text.indexOf('e');
  if (cut < 0) return text;
  const exponent = Number(text.slice(cut + 1));
  const mantissa = text.slice(0, cut);
  const negative = mantissa.startsWith('-');
  const [whole, fraction = ''] = (negative ? mantissa.slice(1) : mantissa).split('.') as [string, string?];
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const plain = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${plain}` : plain;
}

function operatorToExcel(fn: string, args: Excel[]): Excel {
  const [a, b] = args as [Excel, Excel];
  const infix = EXCEL_INFIX[fn];
  if (infix !== undefined) {
    const [op, prec] = infix;
    // mathjs nests a chain to the left (a - b - c); a right operand of the same level came from
    // brackets and keeps them. `^` takes single terms only: Excel's is left-associative, and its
    // negation binds tighter than `^` (-2^2 is 4 in Excel, -4 in mathjs).
    const left = prec === 4 ? TERM : prec;
    return { text: `${bracket(a, left)}${op}${bracket(b, prec === 4 ? TERM : prec + 1)}`, prec };
  }
  switch (fn) {
    // Level 1: a negation as an operand is bracketed (a*(-b)), which every spreadsheet reads alike.
    case 'unaryMinus': return { text: `-${bracket(a, TERM)}`, prec: 1 };
    case 'unaryPlus': return a;
    // mathjs: `a mod 0` is a; Excel's MOD would be #DIV/0!.
    case 'mod': return term(`IF(${bracket(b, 2)}=0,${a.text},MOD(${a.text},${b.text}))`);
    case 'and': return term(`AND(${a.text},${b.text})`);
    case 'or': return term(`OR(${a.text},${b.text})`);
    case 'not': return term(`NOT(${a.text})`);
    default: throw new Error(`operator \`${fn}\` is not allowed`);
  }
}

const EXCEL_FUNCTIONS: Readonly<Record<string, string>> = { min: 'MIN', max: 'MAX', abs: 'ABS', sqrt: 'SQRT', exp: 'EXP' };

function functionToExcel(name: string, args: Excel[]): Excel {
  const texts = args.map((a) => a.text);
  const [x, n] = texts as [string, string | undefined];
  const simple = EXCEL_FUNCTIONS[name];
  if (simple !== undefined) return term(`${simple}(${texts.join(',')})`);
  // mathjs's floor and ceil take a value within 1e-12 (relative) of a whole number as that
  // number (so ceil(100 * 1.05) is 105, not 106); Excel's functions do not, so the formula says so.
  const scaled = n === undefined ? `(${x})` : `((${x})*10^(${n}))`;
  const unscale = n === undefined ? '' : `/10^(${n})`;
  const nearest = `ROUND(${scaled},0)`;
  const snap = (whole: string) => term(`(IF(ABS(${scaled}-${nearest})<=MAX(0.000000000001*MAX(ABS(${scaled}),ABS(${nearest})),0.000000000000001),${nearest},${whole})${unscale})`);
  switch (name) {
    case 'round': return term(`ROUND(${x},${n ?? 0})`);
    // FLOOR and CEILING with significance 1, not INT: spreadsheets differ on INT of a negative.
    case 'floor': return snap(`FLOOR(${scaled},1)`);
    case 'ceil': return snap(`CEILING(${scaled},1)`);
    case 'log': return term(n === undefined ? `LN(${x})` : `LOG(${x},${n})`);
    default: throw new Error(`function \`${name}\` is not allowed`);
  }
}
