import L from '../leaflet.js';
import { formatNumber, language, t } from '../i18n.js';
import { el } from './form.js';

/** Colours of a finding's outcome on the map and in its list. */
export const OUTCOME_COLOURS = Object.freeze({ REJECT: '#c0151b', NEEDS_REVIEW: '#c45a00', WARN: '#8a6d00' });

/**
 * The findings of a spacing verdict, drawn on the map (the line from the proposed well to the
 * nearest point of each conflicting feature, or the zone, labelled with distance and rule) and
 * listed in the user's language. Hooks: path.finding-line[data-rule-id][data-feature-id],
 * #…-findings li[data-rule-id][data-feature-id] with the distance in [data-distance].
 */
export class FindingsView {
  constructor(map) {
    this.map = map;
    this.layer = L.featureGroup();
    this.verdict = null;
  }

  show(verdict) {
    this.verdict = verdict;
    this.draw();
  }

  clear() {
    this.verdict = null;
    this.layer.clearLayers();
    this.layer.remove();
  }

  draw() {
    this.layer.clearLayers();
    if (!this.verdict) return;
    this.layer.addTo(this.map);
    (this.verdict.findings ?? []).forEach((finding) => this.drawFinding(finding));
  }

  drawFinding(finding) {
    if (!finding.geometry) return;
    const colour = OUTCOME_COLOURS[finding.outcome] ?? '#333333';
    const shape = L.geoJSON(finding.geometry, {
      interactive: false,
      style: () => ({ color: colour, weight: 3, dashArray: finding.outcome === 'REJECT' ? null : '6 4', fillOpacity: 0.12, className: 'finding-line' }),
      pointToLayer: (_, latlng) => L.circleMarker(latlng, { radius: 8, color: colour, className: 'finding-line' }),
    });
    shape.eachLayer((path) => path.on('add', () => {
      const node = path.getElement?.();
      if (node) {
        node.dataset.ruleId = finding.ruleId;
        node.dataset.featureId = String(finding.feature?.id ?? '');
      }
    }));
    this.layer.addLayer(shape);
    if (finding.measuredDistanceM !== null && finding.measuredDistanceM !== undefined && finding.geometry.type === 'LineString') {
      const [a, b] = [finding.geometry.coordinates[0], finding.geometry.coordinates.at(-1)];
      const middle = L.latLng((a[1] + b[1]) / 2, (a[0] + b[0]) / 2);
      const label = L.tooltip({ permanent: true, direction: 'center', className: 'finding-label', interactive: false })
        .setLatLng(middle)
        .setContent(`${distance(finding.measuredDistanceM)} · ${finding.ruleId}`);
      this.layer.addLayer(label);
    }
  }

  /** The list of the findings (or "no finding"), with the verdict, for the panel. */
  list(idPrefix) {
    const box = el('div', 'findings');
    box.id = `${idPrefix}-findings`;
    box.setAttribute('aria-live', 'polite');
    if (!this.verdict) return box;
    const verdict = this.verdict.verdict;
    const head = el('p', `findings__verdict findings__verdict--${verdict}`, t(`verdict.${verdict}`));
    head.dataset.verdict = verdict;
    box.dataset.verdict = verdict;
    box.append(head);
    if (this.verdict.basedOnSample) {
      box.append(el('p', 'findings__notice', language() === 'ar' ? this.verdict.noticeAr : this.verdict.noticeEn));
    }
    const findings = this.verdict.findings ?? [];
    if (!findings.length) box.append(el('p', 'findings__none', t('findings.none')));
    const list = el('ol', 'findings__list');
    findings.forEach((finding) => list.append(this.item(finding)));
    box.append(list);
    return box;
  }

  /** One finding of the list. */
  item(finding) {
    return item(finding);
  }
}

function item(finding) {
  const li = el('li', `finding finding--${finding.outcome}`);
  li.dataset.ruleId = finding.ruleId;
  li.dataset.featureId = String(finding.feature?.id ?? '');
  li.dataset.outcome = finding.outcome;
  const head = el('div', 'finding__head');
  head.append(el('span', 'finding__outcome', t(`outcome.${finding.outcome}`)), el('span', 'finding__rule', finding.ruleId));
  if (finding.measuredDistanceM !== null && finding.measuredDistanceM !== undefined) {
    const d = el('span', 'finding__distance', `${distance(finding.measuredDistanceM)} / ${distance(finding.requiredDistanceM)}`);
    d.dataset.distance = String(finding.measuredDistanceM);
    d.dir = 'auto';
    head.append(d);
  }
  const text = el('p', 'finding__message', language() === 'ar' ? finding.messageAr : finding.messageEn);
  const reference = el('p', 'finding__reference', `${t('findings.reference')}: ${finding.legalReference ?? t('noValue')}`);
  li.append(head, text, reference);
  return li;
}

export function distance(metres) {
  return `${formatNumber(metres, { maximumFractionDigits: 2, minimumFractionDigits: 2 })} ${t('unit.m')}`;
}
