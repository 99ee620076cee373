// A1 references for the live workbook's formulas.

/** The column letters of a 1-based column number (1 = A, 27 = AA). */
export function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A relative A1 reference on the same sheet, 1-based row and column. */
export function cellRef(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

/** An absolute reference to a cell of another sheet: `Assumptions!$C$9`. */
export function sheetRef(sheet: string, row: number, col: number): string {
  return `${sheet}!$${columnName(col)}$${row}`;
}

/** An absolute range of one column on another sheet: `Monthly!$E$2:$E$13`. */
export function sheetRange(sheet: string, firstRow: number, lastRow: number, col: number, lastCol = col): string {
  return `${sheet}!$${columnName(col)}$${firstRow}:$${columnName(lastCol)}$${lastRow}`;
}
