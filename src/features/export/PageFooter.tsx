/**
 * A CSS string literal for any text: every character but letters, digits and spaces as a hex
 * escape, so a scenario's name can never end the string or the rule it sits in.
 */
export function cssString(text: string): string {
  return `"${[...text].map((c) => (/^[A-Za-z0-9 ]$/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/**
 * The printed pages' footer, in the page margins (CSS paged media, which Chromium's print and PDF
 * honour): the scenario and the date on the left, "Page n of N" on the right.
 */
export function PageFooter({ scenarioName, date }: { scenarioName: string; date: string }) {
  const css = `@page { @bottom-left { content: ${cssString(`${scenarioName} · ${date}`)}; } }`;
  return <style>{css}</style>;
}
