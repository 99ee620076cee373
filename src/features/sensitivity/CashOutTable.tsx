import { percent } from '../../components/format';
import type { CashOutOdds } from '../../model/monte-carlo-result';

/** "<1%" rather than "0%" for a chance that is small but not nil: a board reads 0 % as never. */
function chance(x: number): string {
  return x > 0 && x < 0.005 ? '<1%' : percent(x, 0);
}

/** The chance that cash runs out at all, and in which year it first goes below zero. */
export function CashOutTable({ odds, startYear }: { odds: CashOutOdds; startYear: number }) {
  return (
    <table className="sens-table" data-testid="mc-cash-out">
      <caption>Chance that cash runs out</caption>
      <thead>
        <tr>
          <th scope="col">Any year</th>
          {odds.byYear.map((_, y) => <th key={y} scope="col">{`First in ${startYear + y}`}</th>)}
        </tr>
      </thead>
      <tbody>
        <tr>
          <td data-value={odds.probability}><strong>{chance(odds.probability)}</strong></td>
          {odds.byYear.map((p, y) => <td key={y} data-value={p}>{chance(p)}</td>)}
        </tr>
      </tbody>
    </table>
  );
}
