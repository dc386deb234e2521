// Phone checklist: every change is kept on the phone at once and sent to the server as a draft shortly after.
// Without a connection the draft stays on the phone and is sent again as soon as the browser is back online,
// so a hallway without reception loses nothing. The newest draft (by revision = time written) wins.
(function () {
  'use strict';
  var form = document.getElementById('checklist');
  if (!form) {
    return;
  }
  var storageKey = 'vt-inspection-draft-' + form.getAttribute('data-inspection');
  var draftUrl = form.getAttribute('data-draft-url');
  var statusLine = document.getElementById('draft-status');
  var serverRevision = Number(form.getAttribute('data-draft-revision') || '0');
  var timer = null;

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function say(attribute) {
    statusLine.textContent = form.getAttribute(attribute) || '';
  }

  function currentFields() {
    var fields = {};
    new FormData(form).forEach(function (value, name) {
      if (name === '_csrf' || value === '') {
        return;
      }
      if (name === 'signals') {
        (fields.signals = fields.signals || []).push(value);
      } else {
        fields[name] = value;
      }
    });
    return fields;
  }

  function restore(fields) {
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.name === '_csrf') {
        return;
      }
      var value = fields[element.name];
      if (element.type === 'checkbox') {
        element.checked = Array.isArray(value) ? value.indexOf(element.value) >= 0 : value === element.value;
      } else if (element.type !== 'file' && element.type !== 'submit') {
        element.value = value === undefined ? '' : value;
      }
    });
  }

  function localDraft() {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey));
    } catch (e) {
      return null;
    }
  }

  function keepOnPhone() {
    var draft = { revision: Date.now(), fields: currentFields() };
    window.localStorage.setItem(storageKey, JSON.stringify(draft));
    return draft;
  }

  function sendToServer() {
    var draft = localDraft();
    if (!draft || draft.revision <= serverRevision) {
      return;
    }
    if (!navigator.onLine) {
      say('data-msg-offline');
      return;
    }
    var headers = { 'Content-Type': 'application/json' };
    var csrfHeader = meta('csrf-header');
    if (csrfHeader) {
      headers[csrfHeader] = meta('csrf-token');
    }
    fetch(draftUrl, { method: 'POST', headers: headers, body: JSON.stringify(draft), credentials: 'same-origin' })
      .then(function (response) {
        if (response.ok) {
          serverRevision = Math.max(serverRevision, draft.revision);
          say('data-msg-saved');
        } else {
          say('data-msg-offline');
        }
      })
      .catch(function () {
        say('data-msg-offline');
      });
  }

  function changed() {
    keepOnPhone();
    window.clearTimeout(timer);
    timer = window.setTimeout(sendToServer, 700);
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  window.addEventListener('online', sendToServer);
  // Some connections come back without an 'online' event (captive portals, flaky mobile data): retry now and then.
  window.setInterval(sendToServer, 15000);
  window.addEventListener('offline', function () {
    say('data-msg-offline');
  });
  form.addEventListener('submit', function (event) {
    if (!navigator.onLine) {
      event.preventDefault();
      keepOnPhone();
      say('data-msg-submit-offline');
      return;
    }
    document.getElementById('submit-checklist').disabled = true;
  });

  var stored = localDraft();
  if (stored && stored.revision > serverRevision) {
    restore(stored.fields || {});
    say('data-msg-restored');
    sendToServer();
  }
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
}());
