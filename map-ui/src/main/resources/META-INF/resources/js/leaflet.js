/**
 * Leaflet as an ES module export. Leaflet itself is the classic script from the webjar
 * (webjars/leaflet/1.9.4/dist/leaflet.js, loaded by index.html before the modules), which
 * defines window.L; importing from here keeps that dependency visible in each module.
 */
const L = window.L;
if (!L) throw new Error('Leaflet did not load: webjars/leaflet/1.9.4/dist/leaflet.js');

export default L;
