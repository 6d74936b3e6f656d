/** Amounts of the sample: written in euros in the tables, stored in cents in the record. */
import { roundCents } from '../../src/economics/savings.js';

/** Euros (whole, or with cents as decimals) to integer cents, rounded as the library rounds money. */
export const eur = (euros: number): number => roundCents(euros * 100);
