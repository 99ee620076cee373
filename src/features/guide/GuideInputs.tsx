import { CATALOGUE, rangeText, unitWords, type InputEntry } from '../../model/catalogue';

const ROWS: readonly InputEntry[] = [...Object.values(CATALOGUE.drivers), ...Object.values(CATALOGUE.planRows)];

/** Every assumption row with its unit and period, what validation accepts and what it means: the catalogue's words. */
export function GuideInputs({ id }: { id: string }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>The assumptions</h3>
      <p>
        Each row of the Model view holds one value a year. Mind the period: the marketing budget is a whole year’s
        spend, while overheads, prices and churn are per month. Plan rows are read after the plan’s name (Pro price).
      </p>
      <table className="guide-table guide-inputs">
        <thead><tr><th scope="col">Row</th><th scope="col">Unit</th><th scope="col">Valid values</th><th scope="col">Meaning</th></tr></thead>
        <tbody>
          {ROWS.map((e) => (
            <tr key={e.key} data-input={e.key}>
              <th scope="row">{e.label}</th>
              <td>{unitWords(e)}</td>
              <td>{rangeText(e.range, e.kind)}</td>
              <td>{e.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
