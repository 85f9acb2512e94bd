// The header's link to the network view: it opens the view of the entity whose id is typed beside it (Sadio
// Camara's by default); Enter in the box follows it too.
const DEFAULT_ENTITY = 'sadio-camara';

export function wireNetworkLink(box, link) {
  if (!box || !link) return;
  const update = () => {
    const id = box.value.trim() || DEFAULT_ENTITY;
    link.href = `/entities/${encodeURIComponent(id)}/network`;
  };
  box.addEventListener('input', update);
  box.addEventListener('keydown', event => {
    if (event.key !== 'Enter') return;
    update();
    link.click();
  });
  update();
}
