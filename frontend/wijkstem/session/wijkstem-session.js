// What happens to the connection and the signed-in session, told to everyone: a screen
// reader hears that the connection is gone, and a person who has been idle is warned
// before the session ends (WCAG 2.2.1), with a way to keep it.
window.wijkstemSession = window.wijkstemSession || (() => {
  const state = () => window.Vaadin && window.Vaadin.connectionState;
  const listeners = [];
  let listening = false;

  function onStateChange(listener) {
    listeners.push(listener);
    if (!listening && state()) {
      listening = true;
      state().addStateChangeListener((before, now) => listeners.forEach((l) => l(before, now)));
    }
  }

  // Vaadin's own indicator changes its text silently: this region is read out.
  let announcing = false;

  function announceConnection() {
    if (announcing) return;
    announcing = true;
    onStateChange((before, now) => {
      const region = document.querySelector('.connection-status');
      if (!region) return;
      if (now === 'reconnecting') region.textContent = region.dataset.reconnecting;
      else if (now === 'connection-lost') region.textContent = region.dataset.lost;
      else if (now === 'connected' && region.textContent) region.textContent = '';
    });
  }

  let warning = null;
  let timers = [];
  let lastFocus = null;
  let watching = false;

  // Only a request to the server that a person caused keeps the session alive (Vaadin
  // closes idle sessions; heartbeats do not count), and every such request passes
  // through the connection state "loading" and back.
  function watchIdle(dialog, timeoutSeconds, warnBeforeSeconds) {
    warning = dialog;
    if (!dialog.dataset.watching) {
      dialog.dataset.watching = 'true';
      dialog.querySelector('.session-warning__again').addEventListener('click', () => location.reload());
      // Closed only by the person: the request that opening it can cause (a field that
      // saves when it loses focus) keeps the session too, but must not hide the question.
      dialog.querySelector('.session-warning__stay').addEventListener('click', () => {
        dialog.close();
        if (lastFocus && lastFocus.isConnected) lastFocus.focus();
      });
      dialog.addEventListener('cancel', (event) => {
        event.preventDefault();
        if (!dialog.classList.contains('session-warning--expired')) dialog.querySelector('.session-warning__stay').click();
      });
    }
    dialog.dataset.timeout = timeoutSeconds;
    dialog.dataset.warnBefore = warnBeforeSeconds;
    restart();
    if (!watching) {
      watching = true;
      onStateChange((before, now) => {
        if (before === 'loading' && now === 'connected') restart();
      });
    }
  }

  function restart() {
    timers.forEach(clearTimeout);
    timers = [];
    const dialog = warning;
    if (!dialog || !dialog.isConnected) return;
    const timeout = Number(dialog.dataset.timeout) * 1000;
    const warnBefore = Number(dialog.dataset.warnBefore) * 1000;
    timers.push(setTimeout(() => show(dialog, false), timeout - warnBefore));
    timers.push(setTimeout(() => show(dialog, true), timeout));
  }

  function show(dialog, expired) {
    if (!dialog.isConnected) return;
    dialog.classList.toggle('session-warning--expired', expired);
    if (!dialog.open) {
      lastFocus = document.activeElement;
      dialog.showModal();
    }
    const button = dialog.querySelector(expired ? '.session-warning__again' : '.session-warning__stay');
    button.focus();
  }

  return { announceConnection, watchIdle };
})();
