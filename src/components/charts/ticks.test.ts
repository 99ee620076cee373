import { describe, expect, it } from 'vitest';
import { tickLabels } from './ticks';

describe('tickLabels', () => {
  it('writes whole percents when they are distinct', () => {
    expect(tickLabels([0.8, 0.9, 1, 1.1], 'percent')).toEqual(['80%', '90%', '100%', '110%']);
  });

  it('adds a decimal when whole percents would repeat (92 %, 92.5 %, 93 %: the issue\'s "92% 93% 93%")', () => {
    expect(tickLabels([0.92, 0.925, 0.93], 'percent')).toEqual(['92.0%', '92.5%', '93.0%']);
  });

  it('keeps compact money and adds digits only when needed ($1.25M and $1.3M differ)', () => {
    // Node's ICU writes $1.0M where Chromium's writes $1M: a trailing .0 is not compared.
    const plain = (labels: string[]) => labels.map((l) => l.replace(/\.0(?=[KMBT]?$)/, ''));
    expect(plain(tickLabels([0, 500_000, 1_000_000], 'money'))).toEqual(['$0', '$500K', '$1M']);
    // One decimal writes $1.2M, $1.3M, $1.3M; two keep them apart.
    expect(plain(tickLabels([1_200_000, 1_250_000, 1_300_000], 'money'))).toEqual(['$1.2M', '$1.25M', '$1.3M']);
  });

  it('writes small counts in full and an axis that reaches 10,000 compact throughout', () => {
    expect(tickLabels([0, 2500, 5000], 'count')).toEqual(['0', '2,500', '5,000']);
    expect(tickLabels([0, 5000, 10_000, 15_000], 'count')).toEqual(['0', '5K', '10K', '15K']);
  });
});
