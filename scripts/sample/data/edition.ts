/**
 * Facts of the 2010 edition that the MechNet preset does not hold: when the
 * managers were registered, when the 2010 figures were recorded, and where
 * the firms are. The programme id, the office, the notice version and the
 * edition start come from the preset itself.
 */

/** Date the temporary managers were registered. */
export const MANAGERS_REGISTERED_ON = '2010-03-01';
/** Date the 2010 figures of every firm were recorded (after the 2010 accounts). */
export const FIGURES_2010_RECORDED_ON = '2011-03-31';

/** Office code of the partita IVA (digits 8-10) for the province of Varese. */
export const VAT_OFFICE_VARESE = '012';

/** Municipalities of the province of Varese used by the sample: CAP. */
export const CAP = {
  Varese: '21100',
  Gallarate: '21013',
  'Busto Arsizio': '21052',
  Saronno: '21047',
  Tradate: '21049',
  Castellanza: '21053',
  'Cassano Magnago': '21012',
  'Somma Lombardo': '21019',
  Luino: '21016',
  'Sesto Calende': '21018',
  Malnate: '21046',
  'Fagnano Olona': '21054',
  'Cardano al Campo': '21010',
} as const satisfies Record<string, string>;

/** A municipality of the sample. */
export type Municipality = keyof typeof CAP;
