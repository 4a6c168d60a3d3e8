/* global window, indexedDB, IDBKeyRange -- runs in the page before any module */
// Reads the first screen's data while the app's code is still arriving: the
// plans, the settings and the active plan's milestones, straight from
// IndexedDB. db/start-reads.ts takes the rows once the modules run, checks
// them (the schema version, which plan is active) and keeps them as known
// values, so React's first render already holds the user's plan. Anything
// unexpected answers null and the app reads through Dexie as before. It never
// creates, upgrades or holds the database: a missing one stays missing, and
// the connection closes as soon as the one read-only transaction is made.
(function () {
  var NAME = 'coderpath';
  function read() {
    return new Promise(function (resolve) {
      var request;
      try {
        request = indexedDB.open(NAME);
      } catch {
        resolve(null);
        return;
      }
      request.onupgradeneeded = function () {
        // No database yet: abort, so opening does not create an empty one.
        request.transaction.abort();
      };
      request.onerror = function (event) {
        event.preventDefault();
        resolve(null);
      };
      request.onblocked = function () {
        resolve(null);
      };
      request.onsuccess = function () {
        var idb = request.result;
        idb.onversionchange = function () {
          idb.close();
        };
        try {
          readRows(idb, resolve);
        } catch {
          resolve(null);
        } finally {
          idb.close();
        }
      };
    });
  }

  function readRows(idb, resolve) {
    var tx = idb.transaction(['plans', 'settings', 'milestones'], 'readonly');
    var out = { version: idb.version, plans: null, settings: null, planId: null, milestones: [] };
    tx.oncomplete = function () {
      resolve(out);
    };
    tx.onabort = tx.onerror = function (event) {
      if (event) event.preventDefault();
      resolve(null);
    };
    var left = 2;
    function both() {
      left -= 1;
      if (left > 0) return;
      out.planId = likelyActivePlanId(out.plans, out.settings);
      if (out.planId === null) return;
      var range = IDBKeyRange.bound([out.planId], [out.planId, []]);
      tx.objectStore('milestones').index('[planId+dueDate]').getAll(range).onsuccess = function (event) {
        out.milestones = event.target.result;
      };
    }
    tx.objectStore('plans').getAll().onsuccess = function (event) {
      out.plans = event.target.result;
      both();
    };
    tx.objectStore('settings').getAll().onsuccess = function (event) {
      out.settings = event.target.result;
      both();
    };
  }

  // db/records.ts pickActivePlan decides; start-reads.ts drops the milestones if
  // it chose another plan, so this only has to be right in the usual case.
  function likelyActivePlanId(plans, settings) {
    var open = plans.filter(function (p) {
      return !p.archived && !p.deletedAt;
    });
    var chosen = settings.filter(function (s) {
      return s.key === 'activePlanId';
    })[0];
    for (var i = 0; chosen && i < open.length; i++) if (open[i].id === chosen.value) return open[i].id;
    open.sort(function (a, b) {
      return b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    return open.length ? open[0].id : null;
  }

  // Shown by `npm run bench` beside the database open and reads of db/start-timings.ts.
  function measured(reading) {
    var start = window.performance.now();
    return reading.then(function (rows) {
      try {
        window.performance.measure('CoderPath: early start read' + (rows ? '' : ' (nothing read)'), { start: start, end: window.performance.now() });
      } catch {
        // No User Timing: nothing to show, the rows still count.
      }
      return rows;
    });
  }

  try {
    window.coderpathStartRead = measured(read());
  } catch {
    // No IndexedDB here: the app says so once it runs.
  }
})();
