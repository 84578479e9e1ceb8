import { ApiError, send } from '../api.js';

/**
 * The field technician's outbox: registrations and updates are stored in IndexedDB first
 * (database `manhal-field`, store `outbox`), so they survive a lost link, a reload and a closed
 * app, and are sent in order when the service answers again.
 *
 * Each item: {id, kind: 'register'|'update', createdAt, feature (register) | changes (update),
 * wellId?, etag?, attempts,
 * state: 'queued'|'conflict'|'rejected'|'sent', problem?, theirs?, theirsEtag?, result?}.
 *
 * Exactly once: an item leaves the queue only after a 2xx answer. A registration that was sent
 * before without an answer (the link dropped mid-request, or the app was closed) may have
 * arrived: before sending it again the outbox looks for a well within a metre of its point
 * registered since the item was made (the registry's own duplicate rule, docs/api.md), and
 * counts that as its answer. Every request carries X-Request-Id = the item's id, so the well's
 * history names the outbox item it came from.
 *
 * A 412 on an update (the well changed meanwhile) is never overwritten: the item turns
 * `conflict` with the current well beside it, and waits for the technician (keepTheirs /
 * applyMine). A 400 turns it `rejected` with the problem, to be corrected or discarded.
 */
const DB_NAME = 'manhal-field';
const STORE = 'outbox';
const RETRY_MIN_MS = 3000;
const RETRY_MAX_MS = 30000;
/** About a metre in degrees of latitude: the registry's "same well" distance. */
const SAME_PLACE_DEG = 0.00001;
/** How far the phone's clock may be off the service's when comparing registration times. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;
/** Every outbox request goes to the registry itself, never to the service worker's copies. */
const LIVE = 'no-store';

export class Outbox {
  constructor() {
    this.db = openDb();
    this.listeners = new Set();
    this.flushing = null;
    this.retryMs = RETRY_MIN_MS;
    this.timer = null;
    window.addEventListener('online', () => this.flush());
  }

  onChange(listener) {
    this.listeners.add(listener);
  }

  async all() {
    return request(await this.store('readonly'), (store) => store.getAll());
  }

  /** Queues a registration (a Feature as POST /api/wells takes it) and tries to send it. */
  async register(feature) {
    return this.add({ kind: 'register', feature });
  }

  /** Queues changed fields ({status, depthM, …}) of a well seen at `etag` and tries to send them. */
  async update(wellId, etag, changes, label) {
    return this.add({ kind: 'update', wellId: String(wellId), etag, changes, label });
  }

  async add(fields) {
    const item = { id: uuid(), createdAt: new Date().toISOString(), attempts: 0, state: 'queued', ...fields };
    await this.put(item);
    this.flush();
    return item;
  }

  async put(item) {
    await request(await this.store('readwrite'), (store) => store.put(item));
    this.notify();
  }

  async remove(id) {
    await request(await this.store('readwrite'), (store) => store.delete(id));
    this.notify();
  }

  /** Sends the queued items in order, one flush at a time (also across tabs, by a Web Lock). */
  flush() {
    if (!this.flushing) {
      const run = () => this.sendQueued();
      this.flushing = (navigator.locks ? navigator.locks.request('manhal-outbox', run) : run())
        .finally(() => {
          this.flushing = null;
        });
    }
    return this.flushing;
  }

  async sendQueued() {
    clearTimeout(this.timer);
    const queued = (await this.all()).filter((item) => item.state === 'queued')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const item of queued) {
      const outcome = await this.sendOne(item);
      if (outcome === 'offline') {
        this.scheduleRetry();
        return;
      }
    }
    this.retryMs = RETRY_MIN_MS;
  }

  scheduleRetry() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.retryMs);
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
  }

  async sendOne(item) {
    try {
      if (item.kind === 'register' && item.attempts > 0) {
        const arrived = await this.findArrived(item);
        if (arrived) return this.sent(item, arrived);
      }
      item.attempts += 1;
      await this.put(item);
      const answer = item.kind === 'register'
        ? await send('POST', 'wells', { body: item.feature, headers: headers(item), cache: LIVE })
        : await this.sendUpdate(item);
      return this.sent(item, answer.body);
    } catch (error) {
      return this.failed(item, error);
    }
  }

  /**
   * An update carries only the fields the technician changed: the well is read afresh (a list
   * feature lacks the owner, which a PUT of it would erase), the changes applied, and PUT with
   * If-Match of the version the technician saw; a newer version is a conflict before any write.
   */
  async sendUpdate(item) {
    const current = await send('GET', `wells/${encodeURIComponent(item.wellId)}`, { cache: LIVE });
    if (current.etag !== item.etag) {
      // Our own earlier attempt whose answer was lost has these values already: it arrived.
      const same = Object.entries(item.changes).every(([key, value]) => current.body.properties[key] === value);
      if (same && item.attempts > 1) return current;
      throw new ApiError(`wells/${item.wellId}`, 412, null, 'PUT');
    }
    const feature = { ...current.body, properties: { ...current.body.properties, ...item.changes } };
    return send('PUT', `wells/${encodeURIComponent(item.wellId)}`,
      { body: feature, headers: { ...headers(item), 'If-Match': item.etag }, cache: LIVE });
  }

  /** A well within a metre of the item's point, registered since the item was made, or null. */
  async findArrived(item) {
    const [lon, lat] = item.feature.geometry.coordinates;
    const bbox = [lon - SAME_PLACE_DEG, lat - SAME_PLACE_DEG, lon + SAME_PLACE_DEG, lat + SAME_PLACE_DEG].join(',');
    const { body } = await send('GET', 'wells', { params: { bbox, limit: 10 }, cache: LIVE });
    const since = Date.parse(item.createdAt) - CLOCK_SKEW_MS;
    return (body.features ?? []).find((f) => Date.parse(f.properties?.createdAt ?? '') >= since) ?? null;
  }

  async sent(item, well) {
    item.state = 'sent';
    item.result = { id: well.id, registryNumber: well.properties?.registryNumber, version: well.properties?.version };
    item.sentAt = new Date().toISOString();
    await this.put(item);
    return 'sent';
  }

  async failed(item, error) {
    if (!(error instanceof ApiError) || error.status >= 500 || error.status === 408 || error.status === 429) {
      await this.put(item);
      return 'offline'; // no answer, or the service cannot serve now: keep it queued
    }
    if (error.status === 412 && item.kind === 'update') {
      const current = await send('GET', `wells/${encodeURIComponent(item.wellId)}`, { cache: LIVE }).catch(() => null);
      Object.assign(item, { state: 'conflict', theirs: current?.body ?? null, theirsEtag: current?.etag ?? null });
    } else {
      Object.assign(item, { state: 'rejected', problem: error.problem });
    }
    await this.put(item);
    return 'stopped';
  }

  /** Conflict: drop this update, keeping the well as it is now. */
  keepTheirs(item) {
    return this.remove(item.id);
  }

  /** Conflict: send the same changes again on top of the current well (its ETag), by the technician's choice. */
  async applyMine(item) {
    Object.assign(item, { state: 'queued', etag: item.theirsEtag, theirs: null, theirsEtag: null, attempts: 0 });
    await this.put(item);
    return this.flush();
  }

  /** Forgets the items already sent (the technician's "clear sent" button). */
  async clearSent() {
    const sent = (await this.all()).filter((item) => item.state === 'sent');
    await Promise.all(sent.map((item) => this.remove(item.id)));
  }

  async store(mode) {
    const db = await this.db;
    return db.transaction(STORE, mode).objectStore(STORE);
  }

  notify() {
    this.listeners.forEach((listener) => listener());
  }
}

function headers(item) {
  return { 'Content-Type': 'application/geo+json', 'X-Request-Id': `outbox-${item.id}` };
}

function openDb() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

function request(store, call) {
  return new Promise((resolve, reject) => {
    const req = call(store);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function uuid() {
  return crypto.randomUUID ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
