/* eslint-disable -- hostile submissions for the judge, not project code */
// A promise that never settles: no CPU is used, only the host's wall clock can end it.
async function solve() {
  await new Promise(() => {});
}
