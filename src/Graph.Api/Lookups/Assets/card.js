// Tells the page that frames the card how tall the card is, so its iframe can fit it: on load and on every resize.
(() => {
  'use strict';
  if (window.parent === window) return;
  const id = document.body.getAttribute('data-entity-id');
  let reported = -1;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    window.parent.postMessage({ type: 'sanctions-entity:height', id, height }, '*');
  };
  window.addEventListener('load', report);
  if ('ResizeObserver' in window) new ResizeObserver(report).observe(document.body);
  report();
})();
