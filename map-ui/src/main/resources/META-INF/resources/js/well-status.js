/**
 * Marker colours by well status (GWML2-style codes, DESIGN.md §5). Chosen to stay apart for
 * the common colour-vision deficiencies: active/permitted/proposed in greens and blues, the
 * problem states (abandoned, illegal) in warm colours, the dormant ones in greys.
 */
export const STATUS_COLOURS = Object.freeze({
  PROPOSED: '#9e9ac8',
  PERMITTED: '#2c7fb8',
  ACTIVE: '#1a9850',
  STANDBY: '#41b6c4',
  NOT_IN_USE: '#969696',
  DEEPENED: '#01665e',
  ABANDONED: '#a6611a',
  BACKFILLED: '#404040',
  ILLEGAL_DETECTED: '#d7191c',
});

/** The colour of any status not listed above. */
export const UNKNOWN_STATUS_COLOUR = '#000000';

export function statusColour(status) {
  return STATUS_COLOURS[status] ?? UNKNOWN_STATUS_COLOUR;
}

/** Marker colours by well use, for "colour wells by use" (a qualitative palette, ColorBrewer Set1/Dark2). */
export const USE_COLOURS = Object.freeze({
  DOMESTIC: '#377eb8',
  AGRICULTURAL: '#4daf4a',
  LIVESTOCK: '#a65628',
  INDUSTRIAL: '#984ea3',
  COMMERCIAL: '#ff7f00',
  PUBLIC_SUPPLY: '#e41a1c',
  FALAJ_ASSIST: '#1b9e77',
  MONITORING: '#666666',
});

/** The colour of a well feature's properties under a dimension ('status' or 'use'). */
export function wellColour(properties, dimension = 'status') {
  if (dimension === 'use') return USE_COLOURS[properties?.use] ?? UNKNOWN_STATUS_COLOUR;
  return statusColour(properties?.status);
}
