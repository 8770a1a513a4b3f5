/* eslint-disable -- hostile submissions for the judge, not project code */
// An endless stream of microtasks, each queueing the next: the queue never drains. (Nothing is
// chained, so memory stays flat and only the clock can end it.)
function solve() {
  const again = () => {
    Promise.resolve().then(again);
  };
  again();
  return new Promise(() => {});
}
