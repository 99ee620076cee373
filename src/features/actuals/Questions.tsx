import type { Ask } from '../../model/actuals-import/detect';
import type { ReadOptions } from '../../model/actuals-import/read-actuals';

const WORDS = {
  dmy: 'day first (31/01/2026, as in Europe)',
  mdy: 'month first (01/31/2026, as in the US)',
  ',': 'a decimal comma (1.234,5 is one thousand two hundred thirty-four and a half)',
  '.': 'a decimal point (1,234.5 is one thousand two hundred thirty-four and a half)',
} as const;

/** What the file leaves open, as choices; the answer goes back to the reader as an option. */
export function Questions({ asks, options, answer }: { asks: readonly Ask[]; options: ReadOptions; answer: (o: ReadOptions) => void }) {
  if (!asks.length) return null;
  return (
    <div className="import-questions">
      {asks.map((a) => (
        <fieldset key={a.question}>
          <legend>{a.question === 'dateOrder' ? 'How does the file write dates?' : 'How does the file write decimals?'} <span className="why">({a.why}{a.examples.length > 1 ? `; also ${a.examples.slice(1).join(', ')}` : ''})</span></legend>
          {(a.options as readonly (keyof typeof WORDS)[]).map((o) => (
            <label key={o}>
              <input
                type="radio"
                name={a.question}
                checked={(a.question === 'dateOrder' ? options.dateOrder : options.decimalMark) === o}
                onChange={() => answer(a.question === 'dateOrder' ? { ...options, dateOrder: o as 'dmy' | 'mdy' } : { ...options, decimalMark: o as ',' | '.' })}
              />
              {WORDS[o]}
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
