// The contract's actual-month shape (MODEL.md, "Actuals"), from the schema's own types.
export { ACTUAL_FIGURES, type ActualFigure, type ActualMonth } from '../types';
