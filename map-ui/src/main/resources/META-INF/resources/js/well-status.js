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
