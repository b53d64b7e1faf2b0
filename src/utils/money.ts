/** Money conversions, pure so the tests can check them without a build. */
import { site } from '../config/site.ts';

/** A VND amount in US dollars at the configured rate, rounded to the dollar. */
export function usdEquivalent(vnd: number, vndPerUsd = site.exchangeRate.vndPerUsd): number {
  if (!(vndPerUsd > 0)) throw new RangeError(`the exchange rate must be a positive number of dong per dollar, not ${vndPerUsd}`);
  return Math.round(vnd / vndPerUsd);
}
