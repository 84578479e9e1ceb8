import L from '../leaflet.js';
import { formatNumber, language, t } from '../i18n.js';
import { FindingsView, OUTCOME_COLOURS } from './findings.js';
import { el } from './form.js';

/** How each drawing of a zoning finding is drawn (docs/zoning.md, `drawings[].role`). */
const DRAWING_STYLES = Object.freeze({
  SETBACK_LINE: { color: '#1565c0', weight: 2, dashArray: '8 5', fill: false, className: 'setback-line' },
  OFFENDING_EDGE: { weight: 5, opacity: 0.8, className: 'offending-edge' },
  OFFENDING_PART: { weight: 1, fillOpacity: 0.35, className: 'offending-part' },
  AREA: { weight: 1, dashArray: '2 4', fillOpacity: 0.05, className: 'finding-area' },
});

/**
 * The findings of a zoning verdict (POST /api/checks/zoning, or the verdict of a refused
 * approval): the plot's outline, each finding's geometry (the shortest line to the offending
 * edge, the part outside, …) and its drawings (the setback line, the offending edge), listed with
 * the measured value against the limit and the message in the user's language. Hooks:
 * path.zoning-plot, path.zoning-finding[data-rule-id], path.setback-line,
 * #…-findings li[data-rule-id][data-aspect] with [data-measured].
 */
export class ZoningFindingsView extends FindingsView {
  draw() {
    this.layer.clearLayers();
    if (!this.verdict) return;
    this.layer.addTo(this.map);
    const plot = this.verdict.plot?.geometry;
    if (plot) {
      this.layer.addLayer(L.geoJSON(plot, {
        interactive: false,
        style: () => ({ color: '#4e342e', weight: 2, fillColor: '#d7ccc8', fillOpacity: 0.2, className: 'zoning-plot' }),
      }));
    }
    (this.verdict.findings ?? []).forEach((finding) => this.drawFinding(finding));
  }

  drawFinding(finding) {
    const colour = OUTCOME_COLOURS[finding.outcome] ?? '#333333';
    (finding.drawings ?? []).forEach((drawing) => {
      const style = { color: colour, ...DRAWING_STYLES[drawing.role] };
      this.layer.addLayer(this.shape(drawing.geometry, style, finding));
    });
    if (finding.geometry && finding.aspect !== 'SPLIT_PLOT' && finding.aspect !== 'NO_ZONE') {
      const style = { color: colour, weight: 3, fillOpacity: 0.15, dashArray: finding.outcome === 'REJECT' ? null : '6 4', className: 'zoning-finding' };
      this.layer.addLayer(this.shape(finding.geometry, style, finding));
    }
  }

  /** A GeoJSON geometry drawn with `style`, its paths marked with the finding's rule. */
  shape(geometry, style, finding) {
    const shape = L.geoJSON(geometry, {
      interactive: false,
      style: () => style,
      pointToLayer: (_, latlng) => L.circleMarker(latlng, { radius: 6, ...style }),
    });
    shape.eachLayer((path) => path.on('add', () => {
      const node = path.getElement?.();
      if (node) {
        node.dataset.ruleId = finding.ruleId;
        node.dataset.aspect = finding.aspect;
      }
    }));
    return shape;
  }

  item(finding) {
    const li = el('li', `finding finding--${finding.outcome}`);
    Object.assign(li.dataset, { ruleId: finding.ruleId, aspect: finding.aspect, outcome: finding.outcome });
    const head = el('div', 'finding__head');
    head.append(el('span', 'finding__outcome', t(`outcome.${finding.outcome}`)), el('span', 'finding__rule', finding.ruleId));
    head.lastChild.dir = 'ltr';
    if (finding.measuredValue !== null && finding.measuredValue !== undefined) {
      const limit = finding.limit === null || finding.limit === undefined ? '' : ` / ${measure(finding.limit, finding.unit)}`;
      const value = el('span', 'finding__distance', `${measure(finding.measuredValue, finding.unit)}${limit}`);
      value.dataset.measured = String(finding.measuredValue);
      value.dir = 'auto';
      head.append(value);
    }
    const text = el('p', 'finding__message', language() === 'ar' ? finding.messageAr : finding.messageEn);
    const reference = el('p', 'finding__reference', `${t('findings.reference')}: ${finding.legalReference ?? t('noValue')}`);
    li.append(head, text, reference);
    return li;
  }
}

/** A measured value with its unit (m, m2, %, ratio, floors, zones) in the user's language. */
function measure(value, unit) {
  const number = formatNumber(value, { maximumFractionDigits: 2 });
  const key = `unit.${unit}`;
  return ['m', 'm2', '%', 'floors', 'zones'].includes(unit) ? `${number} ${t(key)}` : number;
}
