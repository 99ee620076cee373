import { readDate, type DateOrder, type DateParts } from './dates';
import { markEvidence, type DecimalMark } from './numbers';

// What a file leaves open, decided from all its values at once: the decimal mark and the order of
// day and month. When the values cannot tell, the answer is a question for the planner.

/** A question the planner answers in the preview (or with the CLI's options); the reader never guesses. */
export type Ask =
  | { kind: 'ask'; question: 'decimalMark'; options: DecimalMark[]; examples: string[]; why: string }
  | { kind: 'ask'; question: 'dateOrder'; options: DateOrder[]; examples: string[]; why: string };

/**
 * The decimal mark of a file's number texts: shown by the values themselves (1,234.56; 12,5),
 * else by the delimiter (a `;` file comes from a decimal-comma locale, a `,` file from a
 * decimal-point one), else asked. A file whose values show both marks is asked too.
 */
export function decideDecimalMark(texts: readonly string[], delimiter: string | undefined): DecimalMark | Ask {
  let dot = 0;
  let comma = 0;
  const either: string[] = [];
  for (const t of texts) {
    const e = markEvidence(t);
    if (e === '.') dot++;
    else if (e === ',') comma++;
    else if (e === 'either' && either.length < 3) either.push(t);
  }
  const ask = (why: string, examples: string[]): Ask => ({ kind: 'ask', question: 'decimalMark', options: [',', '.'], examples, why });
  if (dot && comma) return ask('the file writes numbers both ways', texts.filter((t) => markEvidence(t) !== 'none').slice(0, 3));
  if (dot) return '.';
  if (comma) return ',';
  if (either.length === 0) return '.';
  if (delimiter === ';') return ',';
  if (delimiter === ',') return '.';
  return ask(`'${either[0]}' reads as a thousand or as a decimal`, either);
}

/** A month column's texts read as dates: the order decided (or asked), and each text's dates. */
export function decideDateOrder(texts: readonly string[]): DateOrder | Ask | null {
  let dmy = 0;
  let mdy = 0;
  const open: string[] = [];
  for (const t of texts) {
    const r = readDate(t);
    if (r.kind !== 'ordered') continue;
    if (r.dmy && !r.mdy) dmy++;
    else if (r.mdy && !r.dmy) mdy++;
    else if (r.dmy && r.mdy && r.dmy.d !== r.mdy.d && open.length < 3) open.push(t);
  }
  const ask = (why: string, examples: string[]): Ask => ({ kind: 'ask', question: 'dateOrder', options: ['dmy', 'mdy'], examples, why });
  if (dmy && mdy) return ask('some dates put the day first and some the month', texts.filter((t) => readDate(t).kind === 'ordered').slice(0, 3));
  if (dmy) return 'dmy';
  if (mdy) return 'mdy';
  if (open.length) return ask(`'${open[0]}' can be read day first or month first`, open);
  return null;
}

/** A date text read with the file's order; a message when it is no date (or not one in that order). */
export function dateIn(text: string, order: DateOrder | null): DateParts | string {
  const r = readDate(text);
  if (r.kind === 'bad') return r.message;
  if (r.kind === 'date') return r.date;
  const d = order === 'mdy' ? r.mdy : order === 'dmy' ? r.dmy : r.dmy ?? r.mdy;
  return d ?? `'${text}' is not a date when read ${order === 'mdy' ? 'month first' : 'day first'}`;
}
