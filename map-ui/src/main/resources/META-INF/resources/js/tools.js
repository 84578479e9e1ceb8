import { hasRole } from './account.js';
import { t } from './i18n.js';
import { citizenTool } from './tools/citizen.js';
import { countTool } from './tools/count.js';
import { exportTool } from './tools/export.js';
import { fieldTool } from './tools/field.js';
import { importTool } from './tools/import.js';
import { plannerTool } from './tools/planner.js';
import { registerTool } from './tools/register.js';
import { wellEditorTool } from './tools/well-editor.js';

/**
 * The panel's tools, in tab order, and the buttons they add to a well's popup. Each is one
 * `app.panel.register(tool)` (docs/map.md); the citizen view is everyone's, the public's too.
 */
export function registerDefaultTools(app) {
  app.panel
    .register(withRoles(registerTool(app), WELL_WRITERS))
    .register(withRoles(wellEditorTool(app), REGISTRY_READERS))
    .register(countTool(app))
    .register(withRoles(importTool(app), OFFICE))
    .register(withRoles(exportTool(app), EXPORTERS))
    .register(withRoles(fieldTool(app, app.outbox), WELL_WRITERS))
    .register(withRoles(plannerTool(app), REVIEWERS))
    .register(citizenTool(app));
  if (hasRole(app.session, REGISTRY_READERS)) {
    app.popupActions.push({
      id: 'edit',
      label: () => t('popup.edit'),
      run: (feature) => app.panel.open('well').load(feature.id ?? feature.properties?.id),
    });
  }
  if (hasRole(app.session, WELL_WRITERS)) {
    app.popupActions.push({
      id: 'field-update',
      label: () => t('popup.fieldUpdate'),
      run: (feature) => app.panel.open('field').startUpdate(feature),
    });
  }
}

/*
 * Who gets which tool, as the service's access rules (docs/security.md) let them use it: the
 * tabs follow the rules, the rules decide.
 */
const WELL_WRITERS = ['STAFF', 'FIELD_TECHNICIAN', 'ADMIN'];
const REGISTRY_READERS = ['STAFF', 'FIELD_TECHNICIAN', 'PLANNER', 'AUDITOR', 'ADMIN'];
const OFFICE = ['STAFF', 'ADMIN'];
const EXPORTERS = ['STAFF', 'PLANNER', 'AUDITOR', 'ADMIN'];
/** Who reviews and decides applications (the access rules' workflow steps). */
const REVIEWERS = ['STAFF', 'PLANNER', 'ADMIN'];

function withRoles(tool, roles) {
  return { ...tool, roles };
}
