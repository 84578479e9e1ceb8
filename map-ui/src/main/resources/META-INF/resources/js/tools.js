import { t } from './i18n.js';
import { countTool } from './tools/count.js';
import { exportTool } from './tools/export.js';
import { fieldTool } from './tools/field.js';
import { importTool } from './tools/import.js';
import { placeholderTool } from './tools/placeholder.js';
import { registerTool } from './tools/register.js';
import { wellEditorTool } from './tools/well-editor.js';

/**
 * The panel's tools, in tab order, and the buttons they add to a well's popup. Each is one
 * `app.panel.register(tool)`; the planner queue and the citizen view are placeholders until the
 * applications API is on the branch (docs/map.md).
 */
export function registerDefaultTools(app) {
  app.panel
    .register(registerTool(app))
    .register(wellEditorTool(app))
    .register(countTool(app))
    .register(importTool(app))
    .register(exportTool(app))
    .register(fieldTool(app, app.outbox))
    .register(placeholderTool('planner', 'tool.planner', 'placeholder.planner'))
    .register(placeholderTool('citizen', 'tool.citizen', 'placeholder.citizen'));
  app.popupActions.push({
    id: 'edit',
    label: () => t('popup.edit'),
    run: (feature) => app.panel.open('well').load(feature.id ?? feature.properties?.id),
  });
  app.popupActions.push({
    id: 'field-update',
    label: () => t('popup.fieldUpdate'),
    run: (feature) => app.panel.open('field').startUpdate(feature),
  });
}
