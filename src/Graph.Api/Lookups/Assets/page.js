// A "Copy" button beside each embed code of the entity page. Without script the codes stay selectable text.
(() => {
  'use strict';
  for (const field of document.querySelectorAll('.code textarea')) {
    const label = document.querySelector(`label[for="${field.id}"]`);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', `Copy: ${label ? label.textContent : 'code'}`);
    button.addEventListener('click', async () => {
      field.select();
      try {
        await navigator.clipboard.writeText(field.value);
      } catch {
        document.execCommand('copy');
      }
      button.textContent = 'Copied';
      setTimeout(() => { button.textContent = 'Copy'; }, 2000);
    });
    field.after(button);
  }
})();
