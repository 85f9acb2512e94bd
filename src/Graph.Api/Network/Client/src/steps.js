// The analyst's steps (a drawing for a day, an expansion, a path, a card) run one after another, so that no answer
// lands on a graph another step is changing. The view's data-status is "busy" while any step is pending, "ready"
// once none is: what the tests wait for.

/**
 * @param {HTMLElement} root the element whose data-status tells
 * @param {(error: Error) => void} onError reports a step's failure
 * @returns {(step: () => Promise<unknown>) => Promise<void>} runs a step after those before it; a step never waits
 *   for another step through it
 */
export function createSteps(root, onError) {
  let queue = Promise.resolve();
  let pending = 0;
  return step => {
    pending++;
    root.dataset.status = 'busy';
    queue = queue.then(step).catch(onError).finally(() => {
      pending--;
      if (pending === 0) root.dataset.status = 'ready';
    });
    return queue;
  };
}
