/* eslint-disable -- hostile submissions for the judge, not project code */
// A getter that throws while the judge reads the result is the submission's own error.
function solve() {
  return {
    get answer() {
      throw new Error('you cannot read me');
    },
  };
}
