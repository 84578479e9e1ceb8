import L from './leaflet.js';
import { direction, t } from './i18n.js';

/** Corners of the controls per text direction: RTL mirrors LTR, so the zoom buttons sit at
 *  the reading start (top right in Arabic) and the legend and credits at the end. */
const CORNERS = Object.freeze({
  ltr: { zoom: 'topleft', legend: 'bottomright', attribution: 'bottomright', scale: 'bottomleft' },
  rtl: { zoom: 'topright', legend: 'bottomleft', attribution: 'bottomleft', scale: 'bottomright' },
});

/** Room kept above an auto-panned popup for the notice, and below it for the credits. */
const TOP_MARGIN_PX = 50;
const BOTTOM_MARGIN_PX = 25;

/**
 * The zoom buttons, layer switcher (with the legend), scale bar, coordinates under the cursor
 * and attribution of the map, placed and labelled for the current language. The boundaries
 * attribution is always shown: the outlines are the base map.
 */
export class MapControls {
  constructor(map, legend, coordinates) {
    this.map = map;
    this.legend = legend;
    this.coordinates = coordinates;
    this.zoom = null;
    this.scale = null;
    this.boundariesCredit = null;
    legend.addTo(map);
  }

  /** Re-places and re-labels every control; call at start and after a language change. */
  apply() {
    const corners = CORNERS[direction()];
    this.replaceZoom(corners.zoom);
    // A bottom corner stacks the last placed control on top: credits first, legend above them.
    this.map.attributionControl.setPosition(corners.attribution);
    this.legend.setPosition(corners.legend);
    this.legend.render();
    this.scale?.remove();
    this.scale = L.control.scale({ position: corners.scale, imperial: false, maxWidth: 140 }).addTo(this.map);
    this.coordinates?.setPosition(corners.scale);
    if (this.coordinates && !this.coordinates.getContainer()) this.coordinates.addTo(this.map);
    this.coordinates?.render();
    this.replaceBoundariesCredit();
  }

  /**
   * Auto-pan margins that keep an opened popup clear of the controls: the legend's column on
   * its side, the zoom buttons on the other, the notice strip at the top.
   */
  popupPadding() {
    const legendWidth = this.legend.getContainer()?.offsetWidth ?? 0;
    const zoomWidth = this.zoom?.getContainer()?.offsetWidth ?? 0;
    const legendSide = L.point(legendWidth + 20, TOP_MARGIN_PX);
    const zoomSide = L.point(zoomWidth + 20, TOP_MARGIN_PX);
    const [left, right] = direction() === 'rtl' ? [legendSide, zoomSide] : [zoomSide, legendSide];
    // The credits wrap to several lines on a phone: keep the popup above all of them.
    const credits = this.map.attributionControl?.getContainer()?.offsetHeight ?? 0;
    return {
      autoPanPaddingTopLeft: left,
      autoPanPaddingBottomRight: L.point(right.x, Math.max(BOTTOM_MARGIN_PX, credits + 10)),
    };
  }

  replaceZoom(position) {
    this.zoom?.remove();
    this.zoom = L.control
      .zoom({ position, zoomInTitle: t('zoomIn'), zoomOutTitle: t('zoomOut') })
      .addTo(this.map);
  }

  replaceBoundariesCredit() {
    const attribution = this.map.attributionControl;
    if (this.boundariesCredit) attribution.removeAttribution(this.boundariesCredit);
    this.boundariesCredit = escapeHtml(t('boundariesAttribution'));
    attribution.addAttribution(this.boundariesCredit);
  }
}

function escapeHtml(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}
