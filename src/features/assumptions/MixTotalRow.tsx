import { memo } from 'react';
import { percent } from '../../components/format';
import { YEARS, type ScenarioValues } from '../../model/types';

const OFF = 1e-9; // MODEL.md: a year's mix sums to 1 within 1e-9

/** Each year's plan mix total, with a Balance button on a year that is not 100 %. */
export const MixTotalRow = memo(function MixTotalRow({ values, year0, balance }: { values: ScenarioValues; year0: number; balance: (y: number) => void }) {
  const sums = Array.from({ length: YEARS }, (_, y) => values.plans.reduce((s, p) => s + p.mix[y]!, 0));
  return (
    <tr className="mix-total">
      <th scope="row">Mix total</th>
      {sums.map((sum, y) => {
        const off = Math.abs(sum - 1) > OFF;
        return (
          <td key={y} role="gridcell" aria-label={`Mix total ${year0 + y}`} className={off ? 'mix-off' : undefined}>
            <span className="cell-value">{percent(sum, Math.abs(sum * 1000 - Math.round(sum * 1000)) > 1e-6 ? 2 : 1)}</span>
            {off && (
              // Keyboard users reach the same action in the problem list above the grid, which
              // Tab reaches; inside the grid Tab moves between cells.
              <button type="button" tabIndex={-1} className="balance" onClick={() => balance(y)} title={`Scale ${year0 + y}'s mix to 100 %`}>
                Balance
              </button>
            )}
          </td>
        );
      })}
    </tr>
  );
});
